import { sql, type RawBuilder } from 'kysely';
import { isLessonLanguage, searchConfigOf, TAG_LABEL_LANGUAGES, type TagLabelLanguage } from '../lesson/lesson-languages.js';
import type { LessonTags } from '../lesson/lesson-tags.js';
import { tagTexts } from './tag-text.js';

const LABEL_CONFIGS: Record<TagLabelLanguage, string> = { en: 'english', fr: 'french', es: 'spanish', de: 'german' };

/**
 * The two tsvectors of a lesson, as SQL for its insert or update: the search document
 * (title A, body B, the tags' names in the lesson's language C, all in the lesson's
 * configuration) and the tag document (the tags' names in each language, each stemmed
 * in its own configuration).
 */
export function searchDocuments(lesson: { title: string; body: string; language: string } & LessonTags): {
  search_document: RawBuilder<string>;
  tag_document: RawBuilder<string>;
} {
  const config = searchConfigOf(lesson.language);
  const texts = tagTexts(lesson);
  const ownTags = isLessonLanguage(lesson.language) && (TAG_LABEL_LANGUAGES as readonly string[]).includes(lesson.language)
    ? texts[lesson.language as TagLabelLanguage]
    : texts.en;
  const search_document = sql<string>`setweight(to_tsvector(${config}::regconfig, ${lesson.title}), 'A')
    || setweight(to_tsvector(${config}::regconfig, ${lesson.body}), 'B')
    || setweight(to_tsvector(${config}::regconfig, ${ownTags}), 'C')`;
  const parts = TAG_LABEL_LANGUAGES.map((language) => sql`to_tsvector(${LABEL_CONFIGS[language]}::regconfig, ${texts[language]})`);
  const tag_document = sql<string>`${sql.join(parts, sql` || `)}`;
  return { search_document, tag_document };
}
