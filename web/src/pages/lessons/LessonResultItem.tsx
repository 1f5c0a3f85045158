import { useTranslation } from 'react-i18next';
import { Link } from '@tanstack/react-router';
import type { LessonKind } from '../../api/schema-types';
import { DemoTag } from '../../components/DemoTag';
import { LESSON_KIND_LABELS } from '../../labels/lesson-kind-labels';
import { LESSON_LANGUAGE_LABELS, type LessonLanguage } from '../../labels/lesson-language-labels';
import { sanitizeSnippet } from './render-markdown';

export interface LessonHit {
  titleHtml: string;
  snippetHtml: string;
  matchedText: boolean;
  node: { id: string; title: string; kind: LessonKind; language: string; isDemo: boolean };
}

/** One search hit: the title and passages with the query's words marked (the API escapes everything else). */
export function LessonResultItem({ hit }: { hit: LessonHit }) {
  const { t } = useTranslation();
  const { node } = hit;
  return (
    <li className="lesson-result card">
      <h3>
        <Link to="/lessons/$id" params={{ id: node.id }}>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the marked-up title passes DOMPurify first, which keeps only mark elements without attributes */}
          <span lang={node.language} dangerouslySetInnerHTML={{ __html: sanitizeSnippet(hit.titleHtml) }} />
        </Link>
      </h3>
      <p className="tag-row">
        <span className="tag">{LESSON_KIND_LABELS[node.kind]}</span>
        <span className="tag" lang={node.language}>
          {LESSON_LANGUAGE_LABELS[node.language as LessonLanguage] ?? node.language}
        </span>
        {!hit.matchedText && <span className="tag tag-muted">{t('lessons.search.matchedByTags')}</span>}
        {node.isDemo && <DemoTag />}
      </p>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the marked-up passage passes DOMPurify first, which keeps only mark elements without attributes */}
      <p className="lesson-snippet" lang={node.language} dangerouslySetInnerHTML={{ __html: sanitizeSnippet(hit.snippetHtml) }} />
    </li>
  );
}
