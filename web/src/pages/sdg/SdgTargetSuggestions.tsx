import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { SUGGEST_SDG_ALIGNMENT_QUERY } from '../../api/suggest-sdg-alignment-query';
import { readableTextColor } from '../../format/readable-text-color';
import { useDebouncedValue } from '../../hooks/use-debounced-value';
import type { PartnershipFormFields } from '../partnership-form/partnership-form-fields';
import { useSdgLanguage } from './sdg-language';
import './sdg.css';

/** Enough words to be worth asking about; fewer suggest little but noise. */
const MIN_TEXT_LENGTH = 20;
const TYPING_PAUSE_MS = 400;

interface SdgTargetSuggestionsProps<Form extends PartnershipFormFields> {
  form: Form;
  onChange: (update: (form: Form) => Form) => void;
}

/**
 * Targets the draft's own words point to, refreshed as the user types (after a pause),
 * each addable to the declared targets with one button.
 */
export function SdgTargetSuggestions<Form extends PartnershipFormFields>({ form, onChange }: SdgTargetSuggestionsProps<Form>) {
  const { t } = useTranslation();
  const lang = useSdgLanguage();
  const typed = [form.name, form.summary, form.description, form.objectives].filter((part) => part.trim()).join('\n\n');
  const text = useDebouncedValue(typed, TYPING_PAUSE_MS);
  const tooShort = text.trim().length < MIN_TEXT_LENGTH;
  const [{ data, fetching }] = useQuery({ query: SUGGEST_SDG_ALIGNMENT_QUERY, variables: { text, lang }, pause: tooShort });
  const suggestions = (data?.suggestSdgAlignment ?? []).flatMap((s) =>
    s.target && !form.sdgTargets.includes(s.target.code) ? [{ ...s, target: s.target }] : [],
  );
  const add = (code: string) => onChange((current) => ({ ...current, sdgTargets: [...current.sdgTargets, code] }));
  return (
    <section className="form-section sdg-suggestions" aria-labelledby="sdg-suggestions-heading" data-testid="sdg-target-suggestions">
      <h2 id="sdg-suggestions-heading">{t('sdgPages.suggestions.title')}</h2>
      <p className="field-hint">{t('sdgPages.suggestions.hint')}</p>
      <div aria-live="polite" aria-busy={fetching}>
        {tooShort && <p className="empty-state">{t('sdgPages.suggestions.typeMore')}</p>}
        {!tooShort && data && suggestions.length === 0 && <p className="empty-state">{t('sdgPages.suggestions.none')}</p>}
        {!tooShort && suggestions.length > 0 && (
          <ul className="sdg-alignment-list">
            {suggestions.map((suggestion) => (
              <li key={suggestion.target.code} data-target={suggestion.target.code} style={{ borderColor: suggestion.goal.color }}>
                <span className="sdg-badge" style={{ backgroundColor: suggestion.goal.color, color: readableTextColor(suggestion.goal.color) }}>
                  {suggestion.goal.number}
                </span>{' '}
                <span className="target-code">{suggestion.target.code}</span> {suggestion.target.title}{' '}
                <span className="muted">
                  {t('sdgPages.suggestions.because', { words: [...new Set(suggestion.evidence.map((e) => e.phrase))].slice(0, 4).join(', ') })}
                </span>{' '}
                <button type="button" className="button button-secondary" onClick={() => add(suggestion.target.code)}>
                  {t('sdgPages.suggestions.add', { code: suggestion.target.code })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
