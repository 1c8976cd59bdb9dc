/**
 * Ingestion in /metrics. Syncs run in their own processes (the CLI, the scheduler), which nobody
 * scrapes; their outcome is in Neo4j (`SyncState.lastSummary`), so the API reads it when
 * Prometheus scrapes: bad records, fetched and written records and status of each source's last
 * run, and when it ended.
 */
import type { Driver } from 'neo4j-driver';
import { Gauge } from 'prom-client';
import type { Registry } from 'prom-client';
import { cypher } from '../core/cypher.js';

interface LastSummary {
  status?: string;
  fetched?: number;
  created?: number;
  updated?: number;
  bad?: number;
}

/** Registers the gauges; each scrape runs one small query. */
export function registerSyncMetrics(registry: Registry, driver: Driver, database?: string): void {
  const read = async () => {
    const { records } = await driver.executeQuery(
      cypher('sync/states'),
      {},
      { database, routing: 'READ' },
    );
    return records.map((r) => ({
      source: r.get('source') as string,
      summary: JSON.parse((r.get('summary') as string | null) ?? '{}') as LastSummary,
      lastRunAt: r.get('lastRunAt') as { toString(): string } | null,
    }));
  };
  new Gauge({
    name: 'threadline_sync_bad_records',
    help: 'Bad records (skipped) in the last run of each ingestion source',
    labelNames: ['source'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const s of await read().catch(() => []))
        this.set({ source: s.source }, s.summary.bad ?? 0);
    },
  });
  new Gauge({
    name: 'threadline_sync_records',
    help: 'Records fetched and written (created or updated) in the last run of each source',
    labelNames: ['source', 'count'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const s of await read().catch(() => [])) {
        this.set({ source: s.source, count: 'fetched' }, s.summary.fetched ?? 0);
        this.set(
          { source: s.source, count: 'written' },
          (s.summary.created ?? 0) + (s.summary.updated ?? 0),
        );
      }
    },
  });
  new Gauge({
    name: 'threadline_sync_last_run_seconds',
    help: 'When the last run of each source ended (unix seconds), labelled with its status',
    labelNames: ['source', 'status'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const s of await read().catch(() => [])) {
        if (!s.lastRunAt) continue;
        this.set(
          { source: s.source, status: s.summary.status ?? 'unknown' },
          Date.parse(s.lastRunAt.toString()) / 1000,
        );
      }
    },
  });
}
