/**
 * Maps a markdown document to an artifact. Front matter names the kind and the parents:
 *
 * ```md
 * ---
 * kind: spec            # prd | spec (tech-spec) | epic | story
 * title: Card vault tokenization
 * stories: [SHOP-21, SHOP-22]   # a spec SPECIFIES these stories
 * epics: [SHOP-1]               # a PRD: these epics are PART_OF it
 * key: SPEC-VAULT
 * status: Approved
 * access: INTERNAL
 * ---
 * ```
 *
 * Without `kind`, a path under `prd/` or `prds/` means PRD and `spec/` or `specs/` a tech spec.
 * References are Jira keys (`SHOP-21` → `jira:SHOP-21`) or full uids (`github:o/r#12`). The body
 * is chunked by heading when it is long (see `graph/chunk.ts`).
 *
 * Shared by the connectors that read documents: the markdown connector (files on disk) and the
 * GitHub connector (documents of a repository).
 */
import { parse as parseYaml } from 'yaml';
import { ACCESS_LEVELS } from '../../core/config.js';
import type { AccessLevel } from '../../core/config.js';
import type { ArtifactInput, ArtifactKind } from '../../graph/validate.js';
import type { BadRecord, LinkCandidate } from '../sync/types.js';

export interface MarkdownMapping {
  /** Names the folder in uids: `doc:<name>/<path without .md>`. */
  name: string;
  source: string;
  accessLevel: AccessLevel;
  /** Kind of documents that name none and whose path says nothing (`spec`, `prd`, …). */
  defaultKind?: string;
}

/** The `via` of every link a document states (what its connector reconciles). */
export const DOCUMENT_VIAS = ['front-matter'] as const;

const KINDS: Record<string, ArtifactKind> = {
  prd: 'PRD',
  spec: 'TECH_SPEC',
  'tech-spec': 'TECH_SPEC',
  techspec: 'TECH_SPEC',
  tech_spec: 'TECH_SPEC',
  epic: 'EPIC',
  story: 'USER_STORY',
  'user-story': 'USER_STORY',
};

/** Splits `---` front matter from the body. @throws {Error} on invalid YAML. */
export function splitFrontMatter(text: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return { data: {}, body: text };
  const data: unknown = parseYaml(m[1] ?? '');
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    throw new Error('front matter is not a mapping');
  }
  return { data: (data ?? {}) as Record<string, unknown>, body: text.slice(m[0].length) };
}

const list = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v])
    .map((x) => String(x).trim())
    .filter(Boolean);

/** A reference in front matter as a uid: a Jira key or a uid as written. */
export const refUid = (ref: string) => (/^[A-Z][A-Z0-9_]*-\d+$/.test(ref) ? `jira:${ref}` : ref);

function kindOf(
  data: Record<string, unknown>,
  relative: string,
  defaultKind?: string,
): ArtifactKind | undefined {
  if (typeof data.kind === 'string') return KINDS[data.kind.toLowerCase()];
  if (/(^|\/)prds?\//i.test(relative)) return 'PRD';
  if (/(^|\/)specs?\//i.test(relative)) return 'TECH_SPEC';
  return defaultKind ? KINDS[defaultKind.toLowerCase()] : undefined;
}

/** The document as an artifact with its front-matter links, or a bad record saying why not. */
export function mapDocument(
  relative: string,
  text: string,
  m: MarkdownMapping,
): { artifact: ArtifactInput; links: LinkCandidate[] } | { bad: BadRecord } {
  let data: Record<string, unknown>;
  let body: string;
  try {
    ({ data, body } = splitFrontMatter(text));
  } catch (error) {
    return {
      bad: {
        sourceId: relative,
        reason: `front matter: ${error instanceof Error ? error.message : String(error)}`,
      },
    };
  }
  const kind = kindOf(data, relative, m.defaultKind);
  if (!kind) {
    return {
      bad: {
        sourceId: relative,
        reason: 'no kind: set `kind:` in the front matter (prd, spec, epic, story)',
      },
    };
  }
  const heading = /^#\s+(.+)$/m.exec(body)?.[1]?.trim();
  const title =
    typeof data.title === 'string' ? data.title : (heading ?? relative.replace(/\.md$/i, ''));
  const uid =
    typeof data.uid === 'string' ? data.uid : `doc:${m.name}/${relative.replace(/\.md$/i, '')}`;
  const access = typeof data.access === 'string' ? data.access.toUpperCase() : undefined;
  const artifact: ArtifactInput = {
    uid,
    kind,
    title,
    body: body.trim(),
    key: typeof data.key === 'string' ? data.key : null,
    status: typeof data.status === 'string' ? data.status : null,
    source: m.source,
    path: relative,
    accessLevel: (ACCESS_LEVELS as readonly string[]).includes(access ?? '')
      ? (access as AccessLevel)
      : m.accessLevel,
  };
  const evidence = (field: string) => `${field}: ${list(data[field]).join(', ')}`;
  const links: LinkCandidate[] = [];
  if (kind === 'TECH_SPEC') {
    for (const s of [...list(data.stories), ...list(data.story)]) {
      links.push({
        from: uid,
        to: refUid(s),
        type: 'SPECIFIES',
        via: 'front-matter',
        evidence: evidence(data.stories ? 'stories' : 'story'),
      });
    }
  }
  if (kind === 'PRD') {
    for (const e of [...list(data.epics), ...list(data.epic)]) {
      links.push({
        from: refUid(e),
        to: uid,
        type: 'PART_OF',
        via: 'front-matter',
        evidence: evidence(data.epics ? 'epics' : 'epic'),
      });
    }
  }
  if (kind === 'USER_STORY' || kind === 'EPIC') {
    const parent = kind === 'EPIC' ? (data.prd ?? data.parent) : (data.epic ?? data.parent);
    for (const p of list(parent)) {
      links.push({
        from: uid,
        to: refUid(p),
        type: 'PART_OF',
        via: 'front-matter',
        evidence: `${kind === 'EPIC' ? 'prd' : 'epic'}: ${p}`,
      });
    }
  }
  for (const d of list(data.depends_on)) {
    links.push({
      from: uid,
      to: refUid(d),
      type: 'DEPENDS_ON',
      via: 'front-matter',
      evidence: `depends_on: ${d}`,
      kind: 'depends',
    });
  }
  return { artifact, links };
}
