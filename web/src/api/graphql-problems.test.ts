import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { graphqlProblems, problemText } from './graphql-problems';

describe('graphqlProblems', () => {
  it('keeps code, field and message of each error', () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('Must not be before the start date', { extensions: { code: 'BAD_USER_INPUT', field: 'input.endDate' } })],
    });
    expect(graphqlProblems(error)).toEqual([{ message: 'Must not be before the start date', code: 'BAD_USER_INPUT', field: 'input.endDate' }]);
  });

  it("keeps only the reason of graphql-js's own input errors", () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Variable "$input" got invalid value "" at "input.scope"; Value "" does not exist in "Scope" enum.', {
          extensions: { code: 'BAD_USER_INPUT', field: 'input.scope' },
        }),
      ],
    });
    expect(graphqlProblems(error)[0]?.message).toBe('Value "" does not exist in "Scope" enum.');
  });

  it('keeps how long a rate-limited caller has to wait', () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('Too many sign-in attempts; try again in 42 s', { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 } })],
    });
    const [problem] = graphqlProblems(error);
    expect(problem).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 42, field: undefined });
    expect(problemText(problem!)).toBe('Too many sign-in attempts. Try again in 42 seconds.');
    expect(problemText({ message: 'Wrong e-mail address or password', code: 'UNAUTHENTICATED', field: undefined })).toBe('Wrong e-mail address or password');
  });

  it('reports a network failure as one problem without a field', () => {
    const [problem] = graphqlProblems(new CombinedError({ networkError: new Error('fetch failed') }));
    expect(problem).toMatchObject({ code: 'NETWORK', field: undefined });
    expect(graphqlProblems(undefined)).toEqual([]);
  });
});
