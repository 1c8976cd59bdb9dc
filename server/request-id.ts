/**
 * Request ids: every HTTP response carries `x-request-id` (a sane one sent by a proxy is kept,
 * otherwise one is made), and every error the server logs names it, so a client holding a masked
 * `INTERNAL_SERVER_ERROR` can quote an id that finds the full error in the logs.
 */
import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type express from 'express';
import type { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { knownFailure } from '../core/errors.js';

export const REQUEST_ID_HEADER = 'x-request-id';
/** `Retry-After` of an answer that failed because a dependency is down. */
const RETRY_AFTER_SECONDS = 5;
/** What an incoming id may look like: short, no spaces or markup (it goes into logs). */
const SAFE_ID = /^[\w.:-]{1,64}$/;

/** The incoming id when it is safe to keep, else a new one. */
export function requestIdFrom(value: string | string[] | undefined): string {
  return typeof value === 'string' && SAFE_ID.test(value) ? value : randomUUID();
}

/** Express middleware: settles the request's id (on the request, for Apollo) and echoes it. */
export function requestIds(): express.RequestHandler {
  return (req, res, next) => {
    const id = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    req.headers[REQUEST_ID_HEADER] = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    next();
  };
}

/**
 * Whether the server, not the caller, is at fault: a dependency failure (deadline, Neo4j down),
 * or an error that is neither Threadline's own nor labelled by GraphQL as a request error
 * (syntax, validation, variables: Apollo wraps those too, with a code).
 */
export function serverFault(error: GraphQLError): boolean {
  const known = knownFailure(error);
  if (known) return known.code === 'QUERY_TIMEOUT' || known.code === 'UPSTREAM_UNAVAILABLE';
  const code = error.extensions?.code;
  return code === undefined || code === 'INTERNAL_SERVER_ERROR';
}

/**
 * Logs every error the server is at fault for with the request id, and adds the id to the
 * matching errors of the response (`extensions.requestId`); errors in the caller's request
 * (validation, bad input, not found) are neither logged nor tagged. An answer with an
 * `UPSTREAM_UNAVAILABLE` error carries `Retry-After`, and is a 503 when it holds no data.
 */
export function reportErrors<TContext extends BaseContext>(
  logger: Logger,
): ApolloServerPlugin<TContext> {
  return {
    requestDidStart({ request }) {
      const requestId = requestIdFrom(request.http?.headers.get(REQUEST_ID_HEADER));
      const faulty = new Set<string>();
      return Promise.resolve({
        didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (!serverFault(error)) continue;
            faulty.add(JSON.stringify(error.path ?? null));
            logger.error(
              { err: error.originalError ?? error, requestId, path: error.path },
              'GraphQL request failed',
            );
          }
          return Promise.resolve();
        },
        willSendResponse({ response }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const result = response.body.singleResult;
          // A dependency down: say when to come back; with nothing answered, the status says so.
          if (result.errors?.some((e) => e.extensions?.code === 'UPSTREAM_UNAVAILABLE')) {
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
            if (result.data === null || result.data === undefined) response.http.status = 503;
          }
          if (faulty.size === 0) return Promise.resolve();
          const errors = result.errors;
          if (!errors) return Promise.resolve();
          response.body.singleResult.errors = errors.map((e) =>
            faulty.has(JSON.stringify(e.path ?? null))
              ? { ...e, extensions: { ...e.extensions, requestId } }
              : e,
          );
          return Promise.resolve();
        },
      });
    },
  };
}
