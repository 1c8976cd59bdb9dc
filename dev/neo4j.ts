/**
 * Local Neo4j launcher: fetches a pinned Neo4j Community release from Maven Central (the
 * embedded `org.neo4j:neo4j` artifact plus `org.neo4j:neo4j-bolt`) into a cache folder,
 * compiles a tiny Java entry point (`scripts/neo4j/Launcher.java`) and runs it detached with
 * Bolt on 127.0.0.1.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../core/config.js';
import { ensureCommand, isAlive, portInUse, readLivePid, waitFor } from './process.js';

/** The one Neo4j version Threadline pins (launcher, docker-compose, helm). */
export const NEO4J_VERSION = '2026.08.1';
/** Neo4j 2025.01+ needs Java 21 or newer. */
export const MIN_JAVA_MAJOR = 21;

export interface LocalNeo4jOptions {
  /** Bolt port on 127.0.0.1. @default 7687 */
  port: number;
  /** Database home (store, transaction logs, pid file, log). */
  dataDir: string;
  /** Folder for downloaded jars and the compiled launcher, outside the repository. */
  cacheDir: string;
  heapMb: number;
  pageCacheMb: number;
  /** A JDK to prefer; otherwise the newest JDK ≥ 21 under /usr/lib/jvm is used. */
  javaHome?: string | undefined;
  log?: (message: string) => void;
  /** Aborts the wait for a Neo4j this call started (Ctrl-C): the process is stopped, then it throws. */
  signal?: AbortSignal | undefined;
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid?: number;
  uri: string;
}

const pomFile = path.join(PROJECT_ROOT, 'dev', 'launcher', 'pom.xml');
const launcherSource = path.join(PROJECT_ROOT, 'dev', 'launcher', 'Launcher.java');
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-modules=jdk.incubator.vector',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
];

const pidFileOf = (o: LocalNeo4jOptions) => path.join(o.dataDir, 'neo4j.pid');
const logFileOf = (o: LocalNeo4jOptions) => path.join(o.dataDir, 'neo4j.log');
const uriOf = (o: LocalNeo4jOptions) => `bolt://127.0.0.1:${o.port}`;

function javaMajor(home: string): number | undefined {
  try {
    const release = readFileSync(path.join(home, 'release'), 'utf8');
    const match = /JAVA_VERSION="(\d+)/.exec(release);
    return match?.[1] ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Picks a JDK (with `javac`) of at least {@link MIN_JAVA_MAJOR}.
 * @throws {Error} naming what was found and what to install.
 */
export function findJdk(preferred?: string): { home: string; major: number } {
  const candidates = new Set<string>();
  if (preferred) candidates.add(preferred);
  const jvmRoot = '/usr/lib/jvm';
  if (existsSync(jvmRoot)) {
    for (const entry of readdirSync(jvmRoot)) candidates.add(path.join(jvmRoot, entry));
  }
  const seen: string[] = [];
  let best: { home: string; major: number } | undefined;
  for (const home of candidates) {
    const major = javaMajor(home);
    if (major === undefined || !existsSync(path.join(home, 'bin', 'javac'))) continue;
    seen.push(`${home} (Java ${major})`);
    if (major < MIN_JAVA_MAJOR) continue;
    // A suitable JAVA_HOME wins; otherwise the newest suitable JDK.
    if (home === preferred) return { home, major };
    if (!best || major > best.major) best = { home, major };
  }
  if (!best) {
    throw new Error(
      `Neo4j ${NEO4J_VERSION} needs a JDK ${MIN_JAVA_MAJOR} or newer; found ${seen.join(', ') || 'none'}. ` +
        `Install one (for example Temurin 25: the 'temurin-25-jdk' package from Adoptium's apt repository) and set JAVA_HOME, ` +
        `or point NEO4J_URI at an existing Neo4j.`,
    );
  }
  return best;
}

/** Downloads the Neo4j jars with Maven once; returns the folder that holds them. */
export function ensureJars(o: LocalNeo4jOptions): string {
  const log = o.log ?? (() => {});
  const root = path.join(o.cacheDir, `neo4j-${NEO4J_VERSION}`);
  const lib = path.join(root, 'lib');
  const stamp = path.join(root, '.complete');
  if (existsSync(stamp) && existsSync(lib)) return lib;
  ensureCommand('mvn', 'maven', log);
  log(`Fetching Neo4j ${NEO4J_VERSION} from Maven Central into ${lib} (first run only)…`);
  const tmp = `${lib}.partial-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const result = spawnSync(
    'mvn',
    [
      '-B',
      '-q',
      '-Dstyle.color=never',
      '-f',
      pomFile,
      `-Dneo4j.version=${NEO4J_VERSION}`,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${tmp}`,
      '-DincludeScope=runtime',
    ],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(
      `Maven could not fetch Neo4j ${NEO4J_VERSION} (exit ${result.status ?? 'signal'})`,
    );
  }
  rmSync(lib, { recursive: true, force: true });
  renameSync(tmp, lib);
  writeFileSync(stamp, new Date().toISOString());
  return lib;
}

function ensureLauncherClass(
  o: LocalNeo4jOptions,
  jdk: { home: string; major: number },
  lib: string,
): string {
  const classes = path.join(o.cacheDir, `neo4j-${NEO4J_VERSION}`, `classes-java${jdk.major}`);
  const compiled = path.join(classes, 'Launcher.class');
  if (existsSync(compiled) && statSync(compiled).mtimeMs >= statSync(launcherSource).mtimeMs)
    return classes;
  mkdirSync(classes, { recursive: true });
  const result = spawnSync(
    path.join(jdk.home, 'bin', 'javac'),
    ['-d', classes, '-cp', path.join(lib, '*'), launcherSource],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('javac could not compile scripts/neo4j/Launcher.java');
  return classes;
}

/**
 * Everything a start needs short of starting: a JDK, the jars (fetched once) and the compiled
 * launcher. `npm run neo4j:fetch` runs just this, so CI can download ahead of the tests.
 */
export function prepareLocalNeo4j(o: LocalNeo4jOptions): {
  jdk: { home: string; major: number };
  lib: string;
  classes: string;
} {
  const jdk = findJdk(o.javaHome);
  const lib = ensureJars(o);
  return { jdk, lib, classes: ensureLauncherClass(o, jdk, lib) };
}

async function boltReady(uri: string): Promise<boolean> {
  const driver = neo4j.driver(uri, undefined, { connectionTimeout: 2000, logging: undefined });
  try {
    await driver.verifyConnectivity();
    return true;
  } finally {
    await driver.close();
  }
}

/** Whether the launcher's Neo4j is running (pid alive). */
export function localNeo4jStatus(o: LocalNeo4jOptions): LocalNeo4jStatus {
  const pid = readLivePid(pidFileOf(o));
  return pid === undefined
    ? { running: false, uri: uriOf(o) }
    : { running: true, pid, uri: uriOf(o) };
}

/**
 * Starts Neo4j unless it already runs, and waits until Bolt answers.
 * @returns the Bolt URI and whether this call started it.
 * @throws {Error} when the port is taken by something else, Java/Maven are missing, or start-up fails.
 */
export async function startLocalNeo4j(
  o: LocalNeo4jOptions,
): Promise<{ uri: string; started: boolean }> {
  const log = o.log ?? (() => {});
  const uri = uriOf(o);
  const status = localNeo4jStatus(o);
  if (status.running) {
    await waitFor(`Neo4j at ${uri}`, () => boltReady(uri), { timeoutMs: 120_000 });
    log(`Neo4j is already running (pid ${status.pid}) at ${uri}`);
    return { uri, started: false };
  }
  if (await portInUse(o.port)) {
    throw new Error(
      `Port ${o.port} on 127.0.0.1 is already in use by another process. Stop it, choose another port with NEO4J_LOCAL_PORT, or set NEO4J_URI to use that server.`,
    );
  }
  const { jdk, lib, classes } = prepareLocalNeo4j(o);
  mkdirSync(o.dataDir, { recursive: true });
  const logFd = openSync(logFileOf(o), 'a');
  const child = spawn(
    path.join(jdk.home, 'bin', 'java'),
    [
      `-Xmx${o.heapMb}m`,
      ...JVM_FLAGS,
      '-cp',
      `${classes}${path.delimiter}${path.join(lib, '*')}`,
      'Launcher',
      o.dataDir,
      String(o.port),
      pidFileOf(o),
      String(o.pageCacheMb),
    ],
    { detached: true, stdio: ['ignore', logFd, logFd] },
  );
  closeSync(logFd);
  let exited: string | undefined;
  child.once('exit', (code, signal) => {
    exited = `the Java process exited (${signal ?? `code ${code}`}); see ${logFileOf(o)}:\n${tail(logFileOf(o))}`;
  });
  child.unref();
  log(`Starting Neo4j ${NEO4J_VERSION} on ${uri} (Java ${jdk.major}, data in ${o.dataDir})…`);
  try {
    await waitFor(`Neo4j at ${uri}`, () => boltReady(uri), {
      timeoutMs: 180_000,
      abort: () => exited ?? (o.signal?.aborted ? 'start interrupted' : undefined),
    });
  } catch (error) {
    // Interrupted or never ready: the process this call started does not outlive the call.
    if (exited === undefined && child.pid !== undefined) {
      log('stopping the Neo4j it was starting…');
      await stopPid(child.pid);
      rmSync(pidFileOf(o), { force: true });
    }
    throw error;
  }
  log(`Neo4j is ready at ${uri}`);
  return { uri, started: true };
}

/** The launcher's log file (Neo4j's own output), named when it dies. */
export const neo4jLogFile = (o: LocalNeo4jOptions): string => logFileOf(o);

/** Stops the launcher's Neo4j with SIGTERM (clean store shutdown); SIGKILL after 60 s. */
export async function stopLocalNeo4j(o: LocalNeo4jOptions): Promise<boolean> {
  const pid = readLivePid(pidFileOf(o));
  if (pid === undefined) return false;
  await stopPid(pid);
  rmSync(pidFileOf(o), { force: true });
  return true;
}

/** SIGTERM, then SIGKILL if the process is still there after 60 s. */
async function stopPid(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  try {
    await waitFor('Neo4j shutdown', () => Promise.resolve(!isAlive(pid)), { timeoutMs: 60_000 });
  } catch {
    process.kill(pid, 'SIGKILL');
  }
}

function tail(file: string, lines = 20): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
