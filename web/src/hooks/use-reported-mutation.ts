import { useState } from 'react';
import { useMutation, type AnyVariables, type DocumentInput } from 'urql';
import { graphqlProblems, type GraphqlProblem } from '../api/graphql-problems';

/**
 * A mutation whose refusals the component shows: `run` sends it, keeps the API's
 * problems of the last attempt, and resolves to the data when nothing was refused.
 */
export function useReportedMutation<Data, Variables extends AnyVariables>(query: DocumentInput<Data, Variables>) {
  const [problems, setProblems] = useState<GraphqlProblem[]>([]);
  const [{ fetching }, execute] = useMutation<Data, Variables>(query);
  const run = async (variables: Variables): Promise<Data | undefined> => {
    const result = await execute(variables);
    const found = graphqlProblems(result.error);
    setProblems(found);
    return found.length === 0 ? result.data : undefined;
  };
  return { problems, fetching, run };
}
