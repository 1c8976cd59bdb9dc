/**
 * The API's routes, in one place: the server mounts them, and the deployment files (Kubernetes
 * probes and Ingress, the image's HEALTHCHECK, the compose health check) are checked against them.
 */

/** The GraphQL endpoint: HTTP `POST` (and GraphiQL for a browser's `GET`) and graphql-ws. */
export const GRAPHQL_PATH = '/graphql';
/** 200 while the process runs (liveness). */
export const LIVE_PATH = '/health/live';
/** 200 when Neo4j and Redis answer, else 503 naming what is down (readiness). */
export const READY_PATH = '/health/ready';
/** Prometheus metrics (not for the public: an Ingress does not route it). */
export const METRICS_PATH = '/metrics';
/** Source events (signed), fed to the same writer as a sync. */
export const WEBHOOK_PATHS = { github: '/webhooks/github', jira: '/webhooks/jira' } as const;
