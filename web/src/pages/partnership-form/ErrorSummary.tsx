import { forwardRef } from 'react';
import { problemText, type GraphqlProblem } from '../../api/graphql-problems';
import { fieldIdFor } from '../../components/field-ids';
import { inputFieldLabel } from './input-field-label';

/** The nearest control on the page for an API path, dropping trailing parts until one exists. */
function controlFor(path: string | undefined): HTMLElement | null {
  let current = path;
  while (current) {
    const element = document.getElementById(fieldIdFor(current));
    if (element) return element;
    const shorter = current.replace(/(\[\d+\]|\.[A-Za-z]+)$/, '');
    if (shorter === current) break;
    current = shorter;
  }
  return null;
}

interface ErrorSummaryProps {
  /** What failed, e.g. "The partnership could not be registered". */
  title: string;
  /** The name for a problem of no one field, e.g. "Registration". */
  whole: string;
  problems: readonly GraphqlProblem[];
}

/**
 * Every problem the API found, at the top of the form, each linking to its field;
 * it takes the focus after a refused submit so nobody misses it.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary({ title, whole, problems }, ref) {
  if (problems.length === 0) return null;
  return (
    <div className="notice notice-error error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <p className="notice-title" id="error-summary-title">
        {title}
      </p>
      <ul>
        {problems.map((problem, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is drawn anew from each result, never reordered; two problems may read the same
          <li key={index}>
            <a
              href={`#${fieldIdFor(problem.field ?? 'input')}`}
              onClick={(event) => {
                const control = controlFor(problem.field);
                if (!control) return;
                event.preventDefault();
                control.focus();
                control.scrollIntoView({ block: 'center' });
              }}
            >
              {inputFieldLabel(problem.field, whole)}: {problemText(problem)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
