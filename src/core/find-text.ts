/**
 * Maps text the popup knows (a sentence of the extracted article, and a span inside it) to DOM
 * Ranges in a live tree, without changing the tree. Matching ignores whitespace entirely, because
 * the extracted text and the page's text nodes differ in line breaks and spacing but never in the
 * visible characters.
 */

/** A span `[start, end)` inside `quote`, a passage long enough to be found once in the page. */
export interface TextTarget {
  quote: string;
  start: number;
  end: number;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'PLAINSIGHT-READER']);

interface TextIndex {
  /** Every non-whitespace character under the root, in document order. */
  flat: string;
  nodes: Text[];
  /** For each character of `flat`: which node, and where in it. */
  nodeOf: Uint32Array;
  offsetOf: Uint32Array;
}

function buildIndex(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  let flat = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && SKIPPED.has(parent.tagName)) continue;
    const value = (node as Text).data;
    const index = nodes.length;
    nodes.push(node as Text);
    for (let i = 0; i < value.length; i++) {
      const ch = value[i] as string;
      if (/\s/.test(ch)) continue;
      flat += ch;
      nodeOf.push(index);
      offsetOf.push(i);
    }
  }
  return { flat, nodes, nodeOf: Uint32Array.from(nodeOf), offsetOf: Uint32Array.from(offsetOf) };
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

/** One Range per target found under `root`, in target order; targets not found are left out. */
export function findTextRanges(root: Node, targets: TextTarget[]): Range[] {
  const index = buildIndex(root);
  const doc = root.ownerDocument ?? (root as Document);
  const ranges: Range[] = [];
  const quoteAt = new Map<string, number>();
  for (const target of targets) {
    const needle = squeeze(target.quote);
    if (!needle) continue;
    let at = quoteAt.get(needle);
    if (at === undefined) {
      at = index.flat.indexOf(needle);
      quoteAt.set(needle, at);
    }
    let from: number;
    let length: number;
    if (at >= 0) {
      from = at + squeeze(target.quote.slice(0, target.start)).length;
      length = squeeze(target.quote.slice(target.start, target.end)).length;
    } else {
      // The passage is not in the tree as written: fall back to the span's own first occurrence.
      const span = squeeze(target.quote.slice(target.start, target.end));
      from = span ? index.flat.indexOf(span) : -1;
      length = span.length;
    }
    if (from < 0 || length === 0 || from + length > index.flat.length) continue;
    const range = doc.createRange();
    const last = from + length - 1;
    range.setStart(index.nodes[index.nodeOf[from] as number] as Text, index.offsetOf[from] as number);
    range.setEnd(index.nodes[index.nodeOf[last] as number] as Text, (index.offsetOf[last] as number) + 1);
    ranges.push(range);
  }
  return ranges;
}
