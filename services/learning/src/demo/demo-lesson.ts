/** A demo lesson as `buildDemoLessons` of `@msp-atlas/demo-data` writes it. */
export interface DemoLessonShape {
  key: string;
  title: string;
  body: string;
  kind: 'SUCCESS' | 'FAILURE' | 'PRACTICE' | 'TOOL';
  language: 'en' | 'fr' | 'es' | 'de';
  phases: readonly string[];
  successFactors: readonly string[];
  sdgGoals: readonly string[];
  sdgTargets: readonly string[];
  countries: readonly string[];
  sectors: readonly string[];
  authorName: string;
}
