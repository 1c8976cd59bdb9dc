import { describeError, toApiError } from './errors';

describe('explorer errors', () => {
  it('keeps the code, request id and retry time of a GraphQL error', () => {
    expect(
      toApiError({
        message: 'Too many',
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 12, requestId: 'r1' },
      }),
    ).toEqual({
      code: 'RATE_LIMITED',
      message: 'Too many',
      retryAfterSeconds: 12,
      requestId: 'r1',
    });
  });

  it('treats an unknown code as internal and a parse failure as bad input', () => {
    expect(toApiError({ message: 'x', extensions: { code: 'WHATEVER' } }).code).toBe(
      'INTERNAL_SERVER_ERROR',
    );
    expect(toApiError({ message: 'x' }).code).toBe('INTERNAL_SERVER_ERROR');
    expect(toApiError({ message: 'x', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }).code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('says that a missing artifact may be one the scope hides, naming the levels', () => {
    const text = describeError(
      { code: 'NOT_FOUND', message: 'Not found' },
      { what: 'jira:SEC-2', levels: ['PUBLIC'] },
    );
    expect(text.detail).toContain('jira:SEC-2');
    expect(text.detail).toContain('access level');
    expect(text.detail).toContain('PUBLIC only');
  });

  it('names Neo4j when the API answers UPSTREAM_UNAVAILABLE', () => {
    expect(describeError({ code: 'UPSTREAM_UNAVAILABLE', message: '' }).detail).toContain('Neo4j');
  });
});
