import { useTranslation } from 'react-i18next';
import { evidenceExcerpt, type RecordText } from './evidence-excerpt';

interface EvidenceListProps {
  record: RecordText;
  evidence: readonly { phrase: string; field: string | null; start: number; end: number }[];
}

/** The passages of the record that point to a target, the matched words highlighted. */
export function EvidenceList({ record, evidence }: EvidenceListProps) {
  const { t } = useTranslation();
  // One passage per place: the same words may match several of a target's texts.
  const seen = new Set<string>();
  const excerpts = evidence.flatMap((e) => {
    const key = `${e.field}:${e.start}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const excerpt = evidenceExcerpt(record, e);
    return excerpt ? [{ key, field: e.field, ...excerpt }] : [];
  });
  if (excerpts.length === 0) return null;
  return (
    <ul className="sdg-evidence-list" aria-label={t('sdgPages.alignment.evidence')}>
      {excerpts.slice(0, 4).map((excerpt) => (
        <li key={excerpt.key}>
          <span className="muted">{t(`sdgPages.alignment.field.${excerpt.field}`)}:</span> {excerpt.before}
          <mark>{excerpt.phrase}</mark>
          {excerpt.after}
        </li>
      ))}
    </ul>
  );
}
