/**
 * The pinned `helm` binary the chart checks run: built from source with `go install` (Go's module
 * proxy is reachable where GitHub's release downloads may not be) into the cache, outside the
 * repository, once per version. `.ci/run` installs it before `npm test`; a test never builds it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** The helm release the checks use (v3; it builds with Go 1.26). */
export const HELM_VERSION = 'v3.22.0';

/** The command that installs it (what a failing check tells you to run). */
export const HELM_INSTALL_COMMAND = 'npx tsx deploy/fetch-helm.ts';

/**
 * Where the binary lives: `<cacheDir>/helm/<version>/helm`, the cache being
 * `THREADLINE_CACHE_DIR` (default `~/.cache/threadline`) as for the Neo4j jars and the models.
 */
export function helmPath(cacheDir: string): string {
  return path.join(cacheDir, 'helm', HELM_VERSION, 'helm');
}

/** The `go` binary: `go` on `PATH`, else the official tarball's `/usr/local/go/bin/go`. */
export function findGo(): string | undefined {
  for (const candidate of ['go', '/usr/local/go/bin/go']) {
    if (spawnSync(candidate, ['version'], { stdio: 'ignore' }).status === 0) return candidate;
  }
  return undefined;
}

/** Stripped (105 MB → about 70 MB), and `helm version` says the full version. */
const LDFLAGS = `-ldflags=-s -w -X helm.sh/helm/v3/internal/version.version=${HELM_VERSION}`;

/**
 * Builds helm into {@link helmPath} unless it is there: `go install
 * helm.sh/helm/v3/cmd/helm@<version>` with `GOBIN` pointing at the cache folder. Tries twice (a
 * module download that broke off is the usual failure).
 * @returns the binary's path and whether it was built now.
 * @throws {Error} when Go is missing or both attempts fail.
 */
export function installHelm(
  cacheDir: string,
  log: (message: string) => void = () => {},
): { path: string; built: boolean } {
  const target = helmPath(cacheDir);
  if (existsSync(target)) return { path: target, built: false };
  const go = findGo();
  if (!go) {
    throw new Error(
      `Go is needed to build helm ${HELM_VERSION} (go install helm.sh/helm/v3/cmd/helm@${HELM_VERSION}); install it from https://go.dev/dl/ or Debian's golang package`,
    );
  }
  mkdirSync(path.dirname(target), { recursive: true });
  let lastError = '';
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    log(`building helm ${HELM_VERSION} with ${go} (attempt ${attempt}; a few minutes)…`);
    const result = spawnSync(go, ['install', LDFLAGS, `helm.sh/helm/v3/cmd/helm@${HELM_VERSION}`], {
      env: { ...process.env, GOBIN: path.dirname(target), CGO_ENABLED: '0' },
      stdio: ['ignore', 'inherit', 'pipe'],
      encoding: 'utf8',
    });
    if (result.status === 0 && existsSync(target)) return { path: target, built: true };
    lastError = (result.stderr || result.error?.message || '')
      .trim()
      .split('\n')
      .slice(-5)
      .join('\n');
    process.stderr.write(`${result.stderr}`);
  }
  throw new Error(`go install helm.sh/helm/v3/cmd/helm@${HELM_VERSION} failed:\n${lastError}`);
}
