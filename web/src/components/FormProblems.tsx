import { problemText, type GraphqlProblem } from '../api/graphql-problems';
import { ErrorNotice } from './ErrorNotice';

interface FormProblemsProps {
  title: string;
  problems: readonly GraphqlProblem[];
  /** The API paths the form shows next to its own controls; problems of these are left out here. */
  fields: readonly string[];
}

/** What the API refused that belongs to no control of the form (wrong password, rate limit, no right), in one alert. */
export function FormProblems({ title, problems, fields }: FormProblemsProps) {
  const general = problems.filter(({ field }) => !field || !fields.some((path) => field === path || field.startsWith(`${path}[`)));
  const [first] = general;
  if (first === undefined) return null;
  return (
    <ErrorNotice title={title}>
      {general.length === 1 ? (
        <p>{problemText(first)}</p>
      ) : (
        <ul>
          {general.map((problem, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is drawn anew from each result, never reordered; two problems may read the same
            <li key={index}>{problemText(problem)}</li>
          ))}
        </ul>
      )}
    </ErrorNotice>
  );
}
