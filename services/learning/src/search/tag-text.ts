import { getSdgGoal } from '@msp-atlas/sdg-framework';
import { getCountry } from '@msp-atlas/reference-data';
import { TAG_LABEL_LANGUAGES, type TagLabelLanguage } from '../lesson/lesson-languages.js';
import type { LessonTags } from '../lesson/lesson-tags.js';
import { KIND_LABELS, PHASE_LABELS, SUCCESS_FACTOR_LABELS } from './tag-labels.js';

/** The names of a lesson's tags in one language, as one text to index. */
export function tagText(tags: LessonTags, language: TagLabelLanguage): string {
  const words: string[] = [KIND_LABELS[tags.kind as keyof typeof KIND_LABELS]?.[language] ?? ''];
  for (const phase of tags.phases) words.push(PHASE_LABELS[phase as keyof typeof PHASE_LABELS]?.[language] ?? '');
  for (const factor of tags.successFactors) words.push(SUCCESS_FACTOR_LABELS[factor as keyof typeof SUCCESS_FACTOR_LABELS]?.[language] ?? '');
  for (const goal of tags.sdgGoals) words.push(getSdgGoal(goal)?.shortTitle[language] ?? '');
  for (const code of tags.countries) {
    const country = getCountry(code);
    const names = country?.officialNames as Record<string, string | undefined> | undefined;
    words.push(language === 'en' || language === 'de' ? (country?.name ?? '') : (names?.[language] ?? country?.name ?? ''));
  }
  return words.filter(Boolean).join(' ');
}

/** The tag text in each language of the library. */
export function tagTexts(tags: LessonTags): Record<TagLabelLanguage, string> {
  return Object.fromEntries(TAG_LABEL_LANGUAGES.map((language) => [language, tagText(tags, language)])) as Record<TagLabelLanguage, string>;
}
