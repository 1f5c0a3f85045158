import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';

interface SearchBoxProps {
  value: string;
  onSearch: (text: string) => void;
}

const TYPING_PAUSE_MS = 350;

/** Free-text search that filters once typing pauses; Enter searches at once. */
export function SearchBox({ value, onSearch }: SearchBoxProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);

  // Follow the URL when it changes from elsewhere (back button, "Clear filters").
  useEffect(() => {
    setText((current) => (current.trim() === value ? current : value));
  }, [value]);

  useEffect(() => {
    if (text.trim() === value) return;
    const timer = window.setTimeout(() => onSearch(text.trim()), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [text, value, onSearch]);

  return (
    <div className="field">
      <label htmlFor="filter-search">{t('list.filters.search')}</label>
      <input
        id="filter-search"
        type="search"
        value={text}
        placeholder={t('list.filters.searchPlaceholder')}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onSearch(text.trim());
          }
        }}
      />
    </div>
  );
}
