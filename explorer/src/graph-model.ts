/**
 * The lineage graph as Cytoscape draws it: one node per artifact and placeholder, one edge per
 * link, laid out in rows from the PRD at the top down to the code (a preset layout, so the same
 * trace always looks the same).
 */
import type { Kind } from './routes';

export interface LineageNodeInput {
  uid: string;
  kind: Kind;
  title: string;
  key?: string | null;
}

export interface LineageEdgeInput {
  from: string;
  to: string;
  type: string;
  via?: string | null;
  evidence?: string | null;
  resolved: boolean;
}

export interface ModelNode {
  id: string;
  label: string;
  title: string;
  /** The artifact's kind, or `PLACEHOLDER` for an artifact a link names that is not in the graph. */
  kind: Kind | 'PLACEHOLDER';
  root: boolean;
  position: { x: number; y: number };
}

export interface ModelEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  /** What the hover shows: how the link was found and the text that proves it. */
  evidence: string;
  resolved: boolean;
}

export interface LineageModel {
  nodes: ModelNode[];
  edges: ModelEdge[];
}

/** Row of each kind, top to bottom. */
export const KIND_ROW: Record<Kind, number> = {
  PRD: 0,
  EPIC: 1,
  USER_STORY: 2,
  TECH_SPEC: 3,
  CODE: 4,
};

/** Fill colours by kind, each with white text at a contrast of 4.5:1 or more. */
export const KIND_COLOURS: Record<Kind | 'PLACEHOLDER', string> = {
  PRD: '#6b21a8',
  EPIC: '#1d4ed8',
  USER_STORY: '#047857',
  TECH_SPEC: '#a16207',
  CODE: '#374151',
  PLACEHOLDER: '#ffffff',
};

/** How a kind reads in the interface. */
export const KIND_LABELS: Record<Kind, string> = {
  PRD: 'PRD',
  EPIC: 'Epic',
  USER_STORY: 'Story',
  TECH_SPEC: 'Spec',
  CODE: 'Code',
};

const COLUMN = 190;
const ROW = 110;

/** `via: evidence`, or whichever of the two there is. */
export function edgeEvidence(edge: Pick<LineageEdgeInput, 'via' | 'evidence' | 'type'>): string {
  const parts = [edge.via, edge.evidence].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? `${edge.type} · ${parts.join(': ')}` : edge.type;
}

function shortLabel(node: LineageNodeInput): string {
  const label = node.key ?? node.title;
  return label.length > 28 ? `${label.slice(0, 27)}…` : label;
}

/** The graph of a trace: its artifacts, the placeholders its unresolved links name, its edges. */
export function lineageModel(
  rootUid: string,
  nodes: readonly LineageNodeInput[],
  edges: readonly LineageEdgeInput[],
  placeholders: readonly string[],
): LineageModel {
  const rows = new Map<string, number>();
  const byUid = new Map(nodes.map((n) => [n.uid, n]));
  for (const n of nodes) rows.set(n.uid, KIND_ROW[n.kind]);
  const seen = new Set<string>();
  const modelEdges: ModelEdge[] = [];
  for (const e of edges) {
    const id = `${e.from}|${e.type}|${e.to}`;
    if (seen.has(id)) continue;
    seen.add(id);
    modelEdges.push({
      id,
      source: e.from,
      target: e.to,
      type: e.type,
      evidence: edgeEvidence(e),
      resolved: e.resolved,
    });
  }
  const pending = [
    ...new Set([...placeholders, ...edges.filter((e) => !e.resolved).map((e) => e.to)]),
  ].filter((uid) => !byUid.has(uid));
  for (const uid of pending) {
    // A placeholder is what an upward link names: one row above the artifact naming it.
    const from = modelEdges.find((e) => e.target === uid)?.source;
    rows.set(uid, Math.max(0, (from ? (rows.get(from) ?? 1) : 1) - 1));
  }
  const byRow = new Map<number, string[]>();
  for (const [uid, row] of rows) byRow.set(row, [...(byRow.get(row) ?? []), uid]);
  const position = new Map<string, { x: number; y: number }>();
  for (const [row, uids] of byRow) {
    uids.sort((a, b) => a.localeCompare(b));
    uids.forEach((uid, i) => {
      position.set(uid, { x: (i - (uids.length - 1) / 2) * COLUMN, y: row * ROW });
    });
  }
  const modelNodes: ModelNode[] = [
    ...nodes.map((n) => ({
      id: n.uid,
      label: shortLabel(n),
      title: n.title,
      kind: n.kind,
      root: n.uid === rootUid,
      position: position.get(n.uid) ?? { x: 0, y: 0 },
    })),
    ...pending.map((uid) => ({
      id: uid,
      label: uid.length > 28 ? `${uid.slice(0, 27)}…` : uid,
      title: `${uid} (not in the graph yet)`,
      kind: 'PLACEHOLDER' as const,
      root: false,
      position: position.get(uid) ?? { x: 0, y: 0 },
    })),
  ];
  // An edge needs both ends drawn (the API never answers otherwise; this keeps Cytoscape safe).
  const drawn = new Set(modelNodes.map((n) => n.id));
  return {
    nodes: modelNodes,
    edges: modelEdges.filter((e) => drawn.has(e.source) && drawn.has(e.target)),
  };
}
