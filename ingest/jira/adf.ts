/**
 * Atlassian Document Format (the JSON tree Jira Cloud's REST v3 returns for rich text) to plain
 * text for search and embeddings. Blocks are separated by a blank line, list items by a newline
 * with `- ` or `1. ` markers, table cells by ` | `; a link keeps its address, a mention its name.
 * Unknown node types (Atlassian adds new ones) fall back to their children or their `text`, so a
 * new node never loses the words inside it and never throws.
 */

/** One node of an ADF tree, as far as this converter reads it. Every field may be absent. */
interface AdfNode {
  type?: unknown;
  text?: unknown;
  attrs?: Record<string, unknown>;
  marks?: unknown;
  content?: unknown;
}

const isNode = (value: unknown): value is AdfNode => typeof value === 'object' && value !== null;
const children = (node: AdfNode): AdfNode[] =>
  Array.isArray(node.content) ? node.content.filter(isNode) : [];
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Node types rendered inline (inside a paragraph, heading, table cell…). */
const INLINE = new Set([
  'text',
  'hardBreak',
  'mention',
  'emoji',
  'inlineCard',
  'date',
  'status',
  'placeholder',
  'mediaInline',
  'inlineExtension',
]);

function linkOf(node: AdfNode): string | null {
  if (!Array.isArray(node.marks)) return null;
  for (const mark of node.marks as unknown[]) {
    if (isNode(mark) && mark.type === 'link') {
      const href = str(mark.attrs?.href);
      if (href) return href;
    }
  }
  return null;
}

function inlineText(node: AdfNode): string {
  const attrs = node.attrs ?? {};
  switch (node.type) {
    case 'text': {
      const text = str(node.text);
      const href = linkOf(node);
      return href && href !== text ? `${text} (${href})` : text;
    }
    case 'hardBreak':
      return '\n';
    case 'mention': {
      const name = str(attrs.text);
      return name.startsWith('@') ? name : name ? `@${name}` : '@someone';
    }
    case 'emoji':
      return str(attrs.text) || str(attrs.shortName);
    case 'inlineCard':
      return str(attrs.url);
    case 'date': {
      const ms = Number(attrs.timestamp);
      return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : '';
    }
    case 'status':
      return str(attrs.text);
    case 'placeholder':
    case 'mediaInline':
      return '';
    default:
      return str(node.text) || inlines(children(node));
  }
}

function inlines(nodes: AdfNode[]): string {
  return nodes.map(inlineText).join('');
}

/** Prefixes the first line with `marker` and indents the others to line up under it. */
function hang(text: string, marker: string): string {
  const pad = ' '.repeat(marker.length);
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? marker + line : line === '' ? '' : pad + line))
    .join('\n');
}

function listItems(node: AdfNode, ordered: boolean): string {
  const start = Number(node.attrs?.order);
  let n = Number.isInteger(start) && start > 0 ? start : 1;
  return children(node)
    .map((item) => {
      const marker = ordered ? `${n++}. ` : '- ';
      const body = item.type === 'listItem' ? blocks(children(item), '\n') : block(item);
      return hang(body, marker);
    })
    .join('\n');
}

function taskItems(node: AdfNode): string {
  return children(node)
    .map((item) => {
      if (item.type === 'taskList') return hang(taskItems(item), '  ');
      const done = item.attrs?.state === 'DONE';
      return hang(inlines(children(item)), done ? '[x] ' : '[ ] ');
    })
    .join('\n');
}

function table(node: AdfNode): string {
  return children(node)
    .map((row) =>
      children(row)
        .map((cell) => blocks(children(cell), ' ').replace(/\s*\n\s*/g, ' '))
        .join(' | '),
    )
    .join('\n');
}

function block(node: AdfNode): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return inlines(children(node));
    case 'bulletList':
      return listItems(node, false);
    case 'orderedList':
      return listItems(node, true);
    case 'codeBlock':
      return children(node)
        .map((c) => str(c.text))
        .join('');
    case 'blockquote':
      return blocks(children(node), '\n\n')
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    case 'rule':
      return '---';
    case 'table':
      return table(node);
    case 'taskList':
      return taskItems(node);
    case 'decisionList':
      return children(node)
        .map((item) => hang(inlines(children(item)), '- '))
        .join('\n');
    case 'expand':
    case 'nestedExpand': {
      const title = str(node.attrs?.title);
      const body = blocks(children(node), '\n\n');
      return title ? `${title}\n\n${body}` : body;
    }
    case 'blockCard':
    case 'embedCard':
      return str(node.attrs?.url);
    case 'mediaSingle':
    case 'mediaGroup':
    case 'media':
      return '';
    default:
      if (INLINE.has(str(node.type))) return inlineText(node);
      // Unknown blocks (panel, layoutSection, extensions, future types): keep what they hold.
      return children(node).length > 0 ? blocks(children(node), '\n\n') : str(node.text);
  }
}

function blocks(nodes: AdfNode[], separator: string): string {
  // Inline nodes directly under a block container (malformed but seen) form one line together.
  const parts: string[] = [];
  let run: AdfNode[] = [];
  const flush = () => {
    if (run.length > 0) parts.push(inlines(run));
    run = [];
  };
  for (const node of nodes) {
    if (INLINE.has(str(node.type))) {
      run.push(node);
      continue;
    }
    flush();
    parts.push(block(node));
  }
  flush();
  return parts.filter((p) => p.trim() !== '').join(separator);
}

/**
 * Plain text of an ADF document (or of any ADF node). A plain string is returned as it is (Jira
 * webhooks and REST v2 send descriptions as strings); `null`, `undefined` and values that are not
 * ADF give `''`. Never throws.
 */
export function adfToText(doc: unknown): string {
  if (typeof doc === 'string') return doc.trim();
  if (!isNode(doc)) return '';
  const text = doc.type === 'doc' || !doc.type ? blocks(children(doc), '\n\n') : block(doc);
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
