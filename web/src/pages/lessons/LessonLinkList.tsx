import { Link } from '@tanstack/react-router';
import type { LessonKind } from '../../api/schema-types';
import { LESSON_KIND_LABELS } from '../../labels/lesson-kind-labels';

export interface LessonLink {
  id: string;
  title: string;
  kind: LessonKind;
  language: string;
}

/** Lessons as a list of links with their kind, for the sections on other pages. */
export function LessonLinkList({ lessons, testId }: { lessons: readonly LessonLink[]; testId?: string }) {
  return (
    <ul className="plain-list lesson-links" data-testid={testId}>
      {lessons.map((lesson) => (
        <li key={lesson.id}>
          <Link to="/lessons/$id" params={{ id: lesson.id }} lang={lesson.language}>
            {lesson.title}
          </Link>{' '}
          <span className="tag">{LESSON_KIND_LABELS[lesson.kind]}</span>
        </li>
      ))}
    </ul>
  );
}
