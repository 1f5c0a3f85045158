import { useState } from 'react';
import type { OperationResult } from 'urql';
import type { AuthPayload } from '../../session/session-payload-fragment';
import { graphqlProblems, type GraphqlProblem } from '../../api/graphql-problems';
import { fieldIdFor } from '../../components/field-ids';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { safeReturnPath } from '../../session/return-path';
import { useSession } from '../../session/session-context';

/**
 * What the sign-in and sign-up forms share: the page to return to (`?next=`), the
 * API's problems (each field's shown at it, the first such field focused), and on
 * success keeping the new token and going back.
 */
export function useAuthForm(fields: readonly string[]) {
  // Shared by the sign-in and the sign-up route, which both validate `next`.
  const { next } = useSearch({ strict: false });
  const returnTo = safeReturnPath(next);
  const navigate = useNavigate();
  const { signedIn } = useSession();
  const [problems, setProblems] = useState<GraphqlProblem[]>([]);

  function finish<Data>(result: OperationResult<Data>, payloadOf: (data: Data) => AuthPayload): void {
    const found = graphqlProblems(result.error);
    const payload = result.data ? payloadOf(result.data) : undefined;
    if (found.length > 0 || !payload) {
      setProblems(found);
      const firstField = found.find((problem) => problem.field && fields.includes(problem.field))?.field;
      if (firstField) requestAnimationFrame(() => document.getElementById(fieldIdFor(firstField))?.focus());
      return;
    }
    setProblems([]);
    signedIn(payload);
    void navigate({ href: returnTo, replace: true });
  }

  return { returnTo, problems, finish, clearProblems: () => setProblems([]) };
}
