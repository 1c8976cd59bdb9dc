import { GraphQLError } from 'graphql';
import { BadUserInputError, formatError, knownFailure } from './errors.js';

/** The shape neo4j-driver gives its errors: a message and a `code`. */
const neo4jError = (code: string, message = `${code}: MATCH (n) RETURN n`) =>
  Object.assign(new Error(message), { code });

describe('formatError', () => {
  it('keeps known codes and drops stack traces outside development', () => {
    const formatted = formatError(
      {
        message: 'bad kind',
        extensions: { code: 'BAD_USER_INPUT', field: 'kind', stacktrace: ['x'] },
      },
      false,
    );
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'kind' });
  });

  it('maps validation errors to BAD_USER_INPUT with the reason', () => {
    const formatted = formatError(
      { message: 'Cannot query field', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      false,
    );
    expect(formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_VALIDATION_FAILED',
    });
  });

  it('masks unknown errors as INTERNAL_SERVER_ERROR without leaking the message', () => {
    const formatted = formatError({ message: 'Neo.ClientError.Secret: password=hunter2' }, false);
    expect(formatted.message).toBe('Internal server error');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('masks the message of an error Apollo already labelled INTERNAL_SERVER_ERROR', () => {
    const raw = {
      message: "SKIP: Invalid input. '-1' is not a valid value.",
      path: ['epics'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Neo4jError: at /srv/x.js:1'] },
    };
    expect(formatError(raw, false)).toEqual({
      message: 'Internal server error',
      path: ['epics'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(formatError(raw, true).extensions).toMatchObject({
      originalMessage: raw.message,
      stacktrace: raw.extensions.stacktrace,
    });
  });

  it('types the code on Threadline errors', () => {
    const error = new BadUserInputError('unknown kind', 'input[0].kind');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input[0].kind' });
  });

  it('names a query stopped by its deadline QUERY_TIMEOUT, without Neo4j text', () => {
    const original = new GraphQLError('wrapped', {
      originalError: neo4jError(
        'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      ),
    });
    const formatted = formatError(
      { message: original.message, path: ['epics'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      false,
      original,
    );
    expect(formatted.extensions).toEqual({ code: 'QUERY_TIMEOUT' });
    expect(formatted.path).toEqual(['epics']);
    expect(formatted.message).not.toMatch(/MATCH|Neo\./);
  });

  it('names an unreachable Neo4j UPSTREAM_UNAVAILABLE through a cause chain', () => {
    const original = new Error('outer', { cause: neo4jError('ServiceUnavailable') });
    expect(knownFailure(original)?.extensions).toEqual({
      code: 'UPSTREAM_UNAVAILABLE',
      service: 'neo4j',
    });
  });

  it('leaves other failures to masking', () => {
    const original = neo4jError('Neo.ClientError.Statement.SyntaxError');
    expect(knownFailure(original)).toBeUndefined();
    expect(
      formatError(
        { message: original.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        false,
        original,
      ).extensions,
    ).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
