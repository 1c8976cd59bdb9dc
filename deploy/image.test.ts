/**
 * The Dockerfile, read statically (no Docker engine runs here to build it): its stages, the
 * runtime stage's user, environment, health check and entry point, held to the code and the
 * chart; and the compile step it runs (`tsc -p tsconfig.build.json`), asked for its file list.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../core/config.js';
import { READY_PATH } from '../server/routes.js';
import { CHART_DIR } from './chart.js';

const dockerfile = readFileSync(path.join(PROJECT_ROOT, 'Dockerfile'), 'utf8');

interface Instruction {
  op: string;
  args: string;
}

/** Instructions per stage (continuation lines joined, comments dropped), with the ARGs before. */
function stages(): { base: string; name: string; steps: Instruction[] }[] {
  const lines = dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const args = new Map<string, string>();
  const result: { base: string; name: string; steps: Instruction[] }[] = [];
  for (const line of lines) {
    const [op = '', ...rest] = line.split(/\s+/);
    const instruction = { op: op.toUpperCase(), args: rest.join(' ') };
    if (instruction.op === 'ARG' && result.length === 0) {
      const [name = '', value = ''] = instruction.args.split('=');
      args.set(name, value);
    } else if (instruction.op === 'FROM') {
      const [image = '', , name = ''] = rest;
      const base = image.replace(/\$\{(\w+)\}/g, (_m, n: string) => args.get(n) ?? '');
      result.push({ base, name, steps: [] });
    } else {
      result.at(-1)?.steps.push(instruction);
    }
  }
  return result;
}

const runtime = () => {
  const last = stages().at(-1);
  if (!last) throw new Error('the Dockerfile has no stage');
  return last;
};
const all = (op: string) =>
  runtime()
    .steps.filter((s) => s.op === op)
    .map((s) => s.args);

describe('Dockerfile', () => {
  it('builds in stages on Node 22 LTS, bookworm-slim, and runs from the last', () => {
    const s = stages();
    expect(s.map((x) => x.name)).toEqual(['deps', 'build', 'runtime']);
    for (const stage of s) expect(stage.base).toBe('node:22-bookworm-slim');
  });

  it('installs production dependencies only for the runtime stage, and compiles the code', () => {
    const [deps, build] = stages();
    const run = (stage: typeof deps) =>
      (stage?.steps ?? [])
        .filter((x) => x.op === 'RUN')
        .map((x) => x.args)
        .join(' ');
    expect(run(deps)).toContain('npm ci --omit=dev');
    expect(run(build)).toContain('npx tsc -p tsconfig.build.json');
    expect(run(build)).toContain('node scripts/build-explorer.mjs');
    expect(run(build)).toContain('node deploy/stage-image.mjs /out');
    expect(run(build)).toContain('embedder fetch --provider minilm');
    expect(all('COPY')).toEqual(
      expect.arrayContaining([
        '--from=deps /app/node_modules ./node_modules',
        '--from=build /out ./',
        '--from=build /opt/threadline/cache /opt/threadline/cache',
      ]),
    );
  });

  it('runs as the non-root user the chart expects, in production mode', () => {
    const [user] = all('USER');
    const values = parse(readFileSync(path.join(CHART_DIR, 'values.yaml'), 'utf8')) as {
      podSecurityContext: { runAsUser: number; runAsGroup: number };
    };
    const { runAsUser, runAsGroup } = values.podSecurityContext;
    expect(user).toBe(`${runAsUser}:${runAsGroup}`);
    expect(runAsUser).toBeGreaterThan(0);
    const env = all('ENV').join(' ');
    expect(env).toMatch(/\bNODE_ENV=production\b/);
    expect(env).toMatch(/\bHOST=0\.0\.0\.0\b/);
    // The model is baked where the build stage fetched it.
    expect(env).toContain('THREADLINE_CACHE_DIR=/opt/threadline/cache');
  });

  it('checks health on the server’s readiness route, on its port', () => {
    const [check] = all('HEALTHCHECK');
    expect(check).toContain(READY_PATH);
    expect(check).toContain('process.env.PORT');
    expect(all('EXPOSE')).toEqual(['4000']);
  });

  it('has one entry point, the CLI compiled, serving by default', () => {
    expect(all('ENTRYPOINT')).toEqual(['["threadline"]']);
    expect(all('CMD')).toEqual(['["serve"]']);
    expect(all('RUN').join(' ')).toContain('exec node --enable-source-maps /app/cli/main.js');
  });

  it('leaves dependencies, local state and secrets out of the build context', () => {
    const ignored = readFileSync(path.join(PROJECT_ROOT, '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['node_modules', '.git', '.threadline', '.env', 'explorer/dist']) {
      expect(ignored).toContain(entry);
    }
  });

  it('compiles every module the CLI reaches and no test (tsc --listFilesOnly)', () => {
    const result = spawnSync(
      process.execPath,
      [
        path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
        '-p',
        'tsconfig.build.json',
        '--listFilesOnly',
      ],
      { cwd: PROJECT_ROOT, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    const ours = result.stdout
      .split('\n')
      .filter((f) => f.startsWith(PROJECT_ROOT) && !f.includes('/node_modules/'))
      .map((f) => path.relative(PROJECT_ROOT, f));
    expect(ours).toContain('cli/main.ts');
    expect(ours).toContain('server/app.ts');
    expect(ours.filter((f) => f.endsWith('.test.ts') || f.startsWith('test/'))).toEqual([]);
  });
});
