/**
 * What Listen reads, sentence by sentence, each with its Range in the rendered article so the
 * sentence being spoken can be highlighted. The text of each root is `spokenText` (paragraph
 * breaks where a reader sees them); the caller splits it into sentences (`splitSentences` in
 * core/nlp, which the content script asks the background to run, so the NLP code never enters
 * pages) and each sentence is then found in the tree in order, ignoring whitespace, so a sentence
 * that appears twice maps to its own place each time.
 */
import { blockText } from '../extract/block-text.ts';

/** A sentence as `[start, end)` offsets into its root's `spokenText`. */
export interface SentenceSpan {
  start: number;
  end: number;
}

export interface SpokenSentence {
  text: string;
  range: Range;
}

/** Not read aloud: captions interrupt the text, tables and code read badly. */
const NOT_SPOKEN: ReadonlySet<string> = new Set(['FIGCAPTION', 'TABLE', 'PRE']);
/** Also left out of the text index: what `blockText` never includes. */
const NOT_TEXT: ReadonlySet<string> = new Set([...NOT_SPOKEN, 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

function insideSkipped(node: Node, root: Node): boolean {
  for (let parent = node.parentElement; parent && parent !== root; parent = parent.parentElement) {
    if (NOT_TEXT.has(parent.tagName.toUpperCase())) return true;
  }
  return false;
}

interface FlatText {
  flat: string;
  nodes: Text[];
  nodeOf: number[];
  offsetOf: number[];
}

function flatten(root: Node): FlatText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const result: FlatText = { flat: '', nodes: [], nodeOf: [], offsetOf: [] };
  const chars: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (insideSkipped(node, root)) continue;
    const value = (node as Text).data;
    const index = result.nodes.length;
    result.nodes.push(node as Text);
    for (let i = 0; i < value.length; i++) {
      const ch = value[i] as string;
      if (/\s/.test(ch)) continue;
      chars.push(ch);
      result.nodeOf.push(index);
      result.offsetOf.push(i);
    }
  }
  result.flat = chars.join('');
  return result;
}

/** The text Listen reads from `root`: its blocks, without captions, tables and code. */
export function spokenText(root: Element): string {
  return blockText(root, { skip: NOT_SPOKEN });
}

/**
 * The sentences under each of `roots`, in order, with their Ranges; `spans[i]` splits
 * `spokenText(roots[i])`. Sentences not found in the tree are skipped.
 */
export function spokenSentences(roots: readonly Element[], spans: readonly (readonly SentenceSpan[])[]): SpokenSentence[] {
  const out: SpokenSentence[] = [];
  roots.forEach((root, rootIndex) => {
    const text = spokenText(root);
    const index = flatten(root);
    const doc = root.ownerDocument;
    let cursor = 0;
    for (const span of spans[rootIndex] ?? []) {
      const sentence = text.slice(span.start, span.end).trim();
      const needle = sentence.replace(/\s+/g, '');
      if (!needle) continue;
      const at = index.flat.indexOf(needle, cursor);
      if (at < 0) continue;
      const last = at + needle.length - 1;
      const range = doc.createRange();
      range.setStart(index.nodes[index.nodeOf[at] as number] as Text, index.offsetOf[at] as number);
      range.setEnd(index.nodes[index.nodeOf[last] as number] as Text, (index.offsetOf[last] as number) + 1);
      out.push({ text: sentence, range });
      cursor = last + 1;
    }
  });
  return out;
}
