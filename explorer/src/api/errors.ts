/**
 * What the explorer says for each error. GraphQL errors are told apart by `extensions.code` (the
 * server's closed set, core/errors.ts), never by their message; `NETWORK_ERROR` is the
 * explorer's own, for an API it could not reach at all.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'RATE_LIMITED',
  'QUERY_TIMEOUT',
  'UPSTREAM_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'NETWORK_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  requestId?: string;
  retryAfterSeconds?: number;
}

/** An error of a GraphQL response as the explorer keeps it; an unknown code is an internal one. */
export function toApiError(error: {
  message?: unknown;
  extensions?: { code?: unknown; requestId?: unknown; retryAfterSeconds?: unknown } | null;
}): ApiError {
  const raw = error.extensions?.code;
  const code = (ERROR_CODES as readonly unknown[]).includes(raw)
    ? (raw as ErrorCode)
    : // A parse or validation failure carries graphql-js's own codes: the request was wrong.
      raw === 'GRAPHQL_PARSE_FAILED' || raw === 'GRAPHQL_VALIDATION_FAILED'
      ? 'BAD_USER_INPUT'
      : 'INTERNAL_SERVER_ERROR';
  return {
    code,
    message: typeof error.message === 'string' ? error.message : 'Unknown error',
    ...(typeof error.extensions?.requestId === 'string'
      ? { requestId: error.extensions.requestId }
      : {}),
    ...(typeof error.extensions?.retryAfterSeconds === 'number'
      ? { retryAfterSeconds: error.extensions.retryAfterSeconds }
      : {}),
  };
}

export interface ErrorText {
  title: string;
  detail: string;
}

/**
 * A person's explanation of an error, by code. `what` names the thing asked for (an artifact's
 * uid), `levels` the caller's readable levels: a hidden artifact is answered exactly like a
 * missing one, so NOT_FOUND says both.
 */
export function describeError(
  error: ApiError,
  context: { what?: string; levels?: readonly string[] } = {},
): ErrorText {
  const what = context.what ? `“${context.what}”` : 'it';
  const scope =
    context.levels && context.levels.length > 0
      ? ` Your sign-in reads ${context.levels.join(', ')} only.`
      : '';
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return {
        title: 'Sign in to see this',
        detail:
          'The API needs a token or an API key, or the one you gave was refused (expired or revoked).',
      };
    case 'FORBIDDEN':
      return {
        title: 'Not allowed with your sign-in',
        detail: `Your role or readable levels do not allow this.${scope}`,
      };
    case 'NOT_FOUND':
      return {
        title: 'Nothing here',
        detail: `No artifact ${what} that you may read: it does not exist, or it is at an access level your sign-in does not read.${scope}`,
      };
    case 'UPSTREAM_UNAVAILABLE':
      return {
        title: 'The graph database is not reachable',
        detail: 'Neo4j did not answer. The API keeps running; try again in a moment.',
      };
    case 'QUERY_TIMEOUT':
      return { title: 'That took too long', detail: 'The query ran past its deadline.' };
    case 'RATE_LIMITED':
      return {
        title: 'Too many requests',
        detail: `Wait ${error.retryAfterSeconds ?? 'a few'} s and try again.`,
      };
    case 'BAD_USER_INPUT':
      return { title: 'The request was refused', detail: error.message };
    case 'NETWORK_ERROR':
      return {
        title: 'The API is not reachable',
        detail: 'The explorer could not reach the server; check that it is running.',
      };
    case 'INTERNAL_SERVER_ERROR':
      return {
        title: 'The server failed',
        detail: error.requestId
          ? `Give request id ${error.requestId} to whoever runs Threadline.`
          : 'An unexpected error; the server logged it.',
      };
  }
}
