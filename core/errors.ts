/**
 * The closed set of GraphQL error codes. Every error a client sees carries one of these in
 * `extensions.code`; anything else is masked as `INTERNAL_SERVER_ERROR` by {@link formatError}.
 */
import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'RATE_LIMITED',
  'UPSTREAM_UNAVAILABLE',
  'QUERY_TIMEOUT',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

declare module 'graphql' {
  interface GraphQLErrorExtensions {
    code?: ErrorCode;
    /** The input field at fault, for `BAD_USER_INPUT`. */
    field?: string;
  }
}

/** Base of every error Threadline raises on purpose. */
export abstract class ThreadlineError extends GraphQLError {
  abstract readonly code: ErrorCode;
  protected constructor(message: string, code: ErrorCode, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extra, code } });
    this.name = new.target.name;
  }
}

/** Input is invalid; `field` names the argument or input path at fault. */
export class BadUserInputError extends ThreadlineError {
  readonly code = 'BAD_USER_INPUT';
  constructor(message: string, field?: string) {
    super(message, 'BAD_USER_INPUT', field === undefined ? {} : { field });
  }
}

export class UnauthenticatedError extends ThreadlineError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Authentication required') {
    super(message, 'UNAUTHENTICATED');
  }
}

export class ForbiddenError extends ThreadlineError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'Not allowed') {
    super(message, 'FORBIDDEN');
  }
}

export class NotFoundError extends ThreadlineError {
  readonly code = 'NOT_FOUND';
  constructor(message: string) {
    super(message, 'NOT_FOUND');
  }
}

export class RateLimitedError extends ThreadlineError {
  readonly code = 'RATE_LIMITED';
  constructor(message: string, retryAfterSeconds?: number) {
    super(message, 'RATE_LIMITED', retryAfterSeconds === undefined ? {} : { retryAfterSeconds });
  }
}

/** A dependency (Neo4j, Ollama, an ingestion source) is down or refused; `service` names it. */
export class UpstreamUnavailableError extends ThreadlineError {
  readonly code = 'UPSTREAM_UNAVAILABLE';
  constructor(service: string, reason: string) {
    super(`${service} is unavailable: ${reason}`, 'UPSTREAM_UNAVAILABLE', { service });
  }
}

/**
 * A query ran past its deadline (`QUERY_TIMEOUT_MS`) and Neo4j stopped its transaction. Not the
 * caller's input as such (the same query may pass on a quiet server) and not a dependency being
 * down, so it has a code of its own: the caller should ask for less, or retry later.
 */
export class QueryTimeoutError extends ThreadlineError {
  readonly code = 'QUERY_TIMEOUT';
  constructor(
    message = 'The query ran past its deadline and was stopped: ask for less (fewer nested levels, smaller pages) or retry later',
  ) {
    super(message, 'QUERY_TIMEOUT');
  }
}

/** The error and everything it wraps (`originalError` of a GraphQLError, `cause`), outermost first. */
function chain(error: unknown): unknown[] {
  const seen: unknown[] = [];
  let current: unknown = error;
  while (current !== null && typeof current === 'object' && !seen.includes(current)) {
    seen.push(current);
    const e = current as { originalError?: unknown; cause?: unknown };
    current = e.originalError ?? e.cause;
  }
  return seen;
}

/** Neo4j codes for a transaction stopped by its configured timeout (server and driver side). */
const TIMEOUT_CODES = /TransactionTimedOut|Transaction\.TransactionTimedOutClientConfiguration/;
/** neo4j-driver codes for a server that cannot be reached or went away mid-request. */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/**
 * The closed-set error that a known failure stands for, if it is one: a Neo4j transaction
 * stopped by the request deadline (`QUERY_TIMEOUT`), or Neo4j unreachable
 * (`UPSTREAM_UNAVAILABLE`). Anything else is left to masking.
 */
export function knownFailure(error: unknown): ThreadlineError | undefined {
  for (const e of chain(error)) {
    if (e instanceof ThreadlineError) return e;
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'string') continue;
    if (TIMEOUT_CODES.test(code)) return new QueryTimeoutError();
    if (UNAVAILABLE_CODES.has(code))
      return new UpstreamUnavailableError('neo4j', 'the database cannot be reached; retry later');
  }
  return undefined;
}

const KNOWN = new Set<string>(ERROR_CODES);
/** Codes graphql-js and Apollo assign to request errors (parse, validation, variables). */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Maps any error to the closed set. Request errors (syntax, validation, bad variables) become
 * `BAD_USER_INPUT`; unknown errors become `INTERNAL_SERVER_ERROR` with a generic message, and
 * their stack is kept only when `includeStack` is set (development).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  includeStack: boolean,
  original?: unknown,
): GraphQLFormattedError {
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : '';
  if (code === 'INTERNAL_SERVER_ERROR' || !KNOWN.has(code)) {
    const known = original === undefined ? undefined : knownFailure(original);
    if (known && known.code !== 'INTERNAL_SERVER_ERROR') {
      return {
        message: known.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { ...known.extensions },
      };
    }
  }
  // Apollo labels every unexpected error INTERNAL_SERVER_ERROR before this runs: the label is in
  // the closed set, the message (a Neo4j or driver message) is not safe, so it is masked too.
  if (KNOWN.has(code) && code !== 'INTERNAL_SERVER_ERROR') {
    if (includeStack) return formatted;
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (REQUEST_ERROR_CODES.has(code)) {
    return {
      message: formatted.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'BAD_USER_INPUT', reason: code },
    };
  }
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: {
      code: 'INTERNAL_SERVER_ERROR',
      ...(includeStack
        ? { originalMessage: formatted.message, stacktrace: formatted.extensions?.stacktrace }
        : {}),
    },
  };
}
