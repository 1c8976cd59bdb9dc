/** Prometheus metrics (prom-client), one registry per server instance. */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  httpRequests: Histogram<'method' | 'route' | 'status'>;
  graphqlOperations: Counter<'operation' | 'outcome'>;
  cacheLookups: Counter<'result'>;
  changeOutboxBuffered: Gauge;
  changeEventsDropped: Counter;
  subscriptions: Gauge;
  slowConsumersClosed: Counter;
  askAnswers: Counter<'outcome'>;
  dependencyUp: Gauge<'dependency'>;
  dependencyDownSeconds: Counter<'dependency'>;
}

/** Creates a registry with Node's default metrics and Threadline's own. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'threadline_' });
  return {
    registry,
    httpRequests: new Histogram({
      name: 'threadline_http_request_duration_seconds',
      help: 'HTTP request duration by route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    graphqlOperations: new Counter({
      name: 'threadline_graphql_operations_total',
      help: 'GraphQL operations by name and outcome',
      labelNames: ['operation', 'outcome'],
      registers: [registry],
    }),
    cacheLookups: new Counter({
      name: 'threadline_cache_lookups_total',
      help: 'Resolver cache lookups by result (hit, miss, error)',
      labelNames: ['result'],
      registers: [registry],
    }),
    changeOutboxBuffered: new Gauge({
      name: 'threadline_change_outbox_buffered',
      help: 'Change events committed in Neo4j and waiting for Redis',
      registers: [registry],
    }),
    changeEventsDropped: new Counter({
      name: 'threadline_change_events_dropped_total',
      help: 'Change events dropped because the outbox buffer overflowed while Redis was down',
      registers: [registry],
    }),
    subscriptions: new Gauge({
      name: 'threadline_subscriptions',
      help: 'Active change-feed subscriptions on this process',
      registers: [registry],
    }),
    slowConsumersClosed: new Counter({
      name: 'threadline_slow_consumers_closed_total',
      help: 'WebSocket connections closed because the client did not keep up',
      registers: [registry],
    }),
    askAnswers: new Counter({
      name: 'threadline_ask_answers_total',
      help: 'ask / askStream answers by outcome (generated, citations_only, error)',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    dependencyUp: new Gauge({
      name: 'threadline_dependency_up',
      help: 'Whether a dependency the process holds connections to is reachable (1) or not (0)',
      labelNames: ['dependency'],
      registers: [registry],
    }),
    dependencyDownSeconds: new Counter({
      name: 'threadline_dependency_down_seconds_total',
      help: 'Time a dependency was unreachable, added when each outage ends',
      labelNames: ['dependency'],
      registers: [registry],
    }),
  };
}
