/**
 * Configuration drift: a setting added to core/config.ts must reach the chart's values, the
 * compose stack (its file or the `.env.example` it reads) and the README's configuration table.
 * The local launchers' settings are left out of the deployment files on purpose, each for a
 * reason (`NOT_DEPLOYED` in deploy/settings.ts); the README leaves out nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT, SETTINGS } from '../core/config.js';
import { CHART_DIR } from './chart.js';
import { DEPLOYED_SETTINGS, NOT_DEPLOYED } from './settings.js';

const read = (file: string) => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');

interface ChartValues {
  config: Record<string, unknown>;
  secrets: Record<string, { name: string; key: string }>;
}

interface ComposeFile {
  services: Record<string, { environment?: Record<string, string> }>;
}

/** Names in the chart: its `config` (the ConfigMap) and its `secrets` (the Secret references). */
function chartSettings(): string[] {
  const values = parse(readFileSync(path.join(CHART_DIR, 'values.yaml'), 'utf8')) as ChartValues;
  return [...Object.keys(values.config), ...Object.keys(values.secrets)];
}

/** Names in the compose stack: the Threadline services' environment and `.env.example`. */
function composeSettings(): string[] {
  const compose = parse(read('docker-compose.yml'), { merge: true }) as ComposeFile;
  const inFile = ['api', 'migrate', 'ingest'].flatMap((s) =>
    Object.keys(compose.services[s]?.environment ?? {}),
  );
  const inEnvFile = [...read('.env.example').matchAll(/^#? ?([A-Z][A-Z0-9_]*)=/gm)].map(
    (m) => m[1] as string,
  );
  return [...inFile, ...inEnvFile];
}

/** Names in the README's configuration table (a row may name two: `A` / `B`). */
function readmeSettings(): string[] {
  const section = read('README.md').split('## Configuration')[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([A-Z][A-Z0-9_]*)`/g)])
    .map((m) => m[1] as string);
}

const missing = (expected: readonly string[], found: string[]) =>
  expected.filter((s) => !found.includes(s));

describe('configuration drift', () => {
  it('finds every setting of the schema in the chart’s values', () => {
    expect(missing(DEPLOYED_SETTINGS, chartSettings())).toEqual([]);
  });

  it('finds every setting of the schema in the compose stack', () => {
    expect(missing(DEPLOYED_SETTINGS, composeSettings())).toEqual([]);
  });

  it('finds every setting of the schema in the README’s configuration table', () => {
    expect(readmeSettings().length).toBeGreaterThan(50);
    expect(missing(SETTINGS, readmeSettings())).toEqual([]);
  });

  it('names no setting the schema does not have', () => {
    const envFileOnly = ['INGEST_EVERY', 'NEO4J_PASSWORD', 'NEO4J_PAGECACHE', 'NEO4J_HEAP'];
    expect(missing(chartSettings(), [...SETTINGS])).toEqual([]);
    expect(missing(readmeSettings(), [...SETTINGS])).toEqual([]);
    // .env.example also sets what compose itself reads (the Neo4j container's memory, the
    // scheduler's period): those are documented there as compose-only.
    expect(missing(composeSettings(), [...SETTINGS, ...envFileOnly])).toEqual([]);
  });

  it('keeps the exclusions true: each is a real setting, left out of both files', () => {
    for (const [setting, reason] of Object.entries(NOT_DEPLOYED)) {
      expect(SETTINGS).toContain(setting);
      expect(reason.length).toBeGreaterThan(10);
      expect(chartSettings()).not.toContain(setting);
      expect(composeSettings()).not.toContain(setting);
    }
  });
});
