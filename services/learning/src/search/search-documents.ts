import { sql, type RawBuilder } from 'kysely';
import { isLessonLanguage, searchConfigOf, TAG_LABEL_LANGUAGES, type TagLabelLanguage } from '../lesson/lesson-languages.js';
import type { LessonTags } from '../lesson/lesson-tags.js';
import { tagTexts } from './tag-text.js';

export const LABEL_CONFIGS: Record<TagLabelLanguage, string> = { en: 'english', fr: 'french', es: 'spanish', de: 'german' };

/**
 * A lesson's search document, as SQL for its insert or update: title (A), body (B) and
 * the tags' names in the lesson's language (C), all in the lesson's configuration. The
 * tags' names in the other languages are in `tag_labels` (tag-labels.repository.ts).
 */
export function searchDocuments(lesson: { title: string; body: string; language: string } & LessonTags): {
  search_document: RawBuilder<string>;
} {
  const config = searchConfigOf(lesson.language);
  const texts = tagTexts(lesson);
  const ownTags =
    isLessonLanguage(lesson.language) && (TAG_LABEL_LANGUAGES as readonly string[]).includes(lesson.language)
      ? texts[lesson.language as TagLabelLanguage]
      : texts.en;
  const search_document = sql<string>`setweight(to_tsvector(${config}::regconfig, ${lesson.title}), 'A')
    || setweight(to_tsvector(${config}::regconfig, ${lesson.body}), 'B')
    || setweight(to_tsvector(${config}::regconfig, ${ownTags}), 'C')`;
  return { search_document };
}
