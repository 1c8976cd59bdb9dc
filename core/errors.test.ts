import { BadUserInputError, formatError } from './errors.js';

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
});
