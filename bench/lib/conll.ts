/**
 * CoNLL-2003 reading and scoring for bench/entities.ts: documents rebuilt as text (tokens joined
 * by single spaces, one sentence per line) with each token's offsets, gold spans from IOB1 tags,
 * and conlleval-style exact-span, exact-type micro scores.
 */
export type ConllType = 'PER' | 'LOC' | 'ORG';
export const TYPES: ConllType[] = ['PER', 'LOC', 'ORG'];

export interface Span {
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  type: ConllType;
}

export interface ConllDocument {
  text: string;
  /** `[start, end)` character offsets of each token in `text`. */
  tokens: [number, number][];
  gold: Span[];
}

export function parseConll(raw: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  const blocks = raw.split(/^-DOCSTART- .*$/m).slice(1);
  for (const block of blocks) {
    const sentences = block.split(/\n\s*\n/).map((s) => s.split('\n').filter((line) => line.trim() !== '')).filter((s) => s.length > 0);
    const lines: string[] = [];
    const tokens: [number, number][] = [];
    const tags: string[] = [];
    let offset = 0;
    for (const sentence of sentences) {
      const words: string[] = [];
      for (const line of sentence) {
        const [word = '', , , tag = 'O'] = line.split(' ');
        if (words.length > 0) offset++;
        tokens.push([offset, offset + word.length]);
        offset += word.length;
        words.push(word);
        tags.push(tag);
      }
      lines.push(words.join(' '));
      offset++; // the newline
    }
    docs.push({ text: lines.join('\n'), tokens, gold: spansFromIob1(tags) });
  }
  return docs;
}

function spansFromIob1(tags: string[]): Span[] {
  const spans: Span[] = [];
  let current: Span | null = null;
  tags.forEach((tag, i) => {
    const [prefix, type] = tag.split('-') as [string, string | undefined];
    const continues = current && prefix === 'I' && type === current.type;
    if (continues && current) {
      current.end = i + 1;
      return;
    }
    if (current) spans.push(current);
    current = type && (TYPES as string[]).includes(type) ? { start: i, end: i + 1, type: type as ConllType } : null;
  });
  if (current) spans.push(current);
  return spans;
}

/** Maps a character span to token indices; null when it does not start and end on token edges. */
export function toTokenSpan(doc: ConllDocument, start: number, end: number, type: ConllType): Span | null {
  const first = doc.tokens.findIndex(([s]) => s === start);
  const last = doc.tokens.findIndex(([, e]) => e === end);
  return first >= 0 && last >= first ? { start: first, end: last + 1, type } : null;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function emptyCounts(): Record<ConllType | 'ALL', Counts> {
  return { ALL: { tp: 0, fp: 0, fn: 0 }, PER: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 } };
}

/** Adds one document's predictions (unaligned ones count as false positives) to `counts`. */
export function score(counts: Record<ConllType | 'ALL', Counts>, gold: Span[], predicted: (Span | { type: ConllType; unaligned: true })[]): void {
  const goldKeys = new Set(gold.map((s) => `${s.start}:${s.end}:${s.type}`));
  const seen = new Set<string>();
  for (const p of predicted) {
    const key = 'unaligned' in p ? null : `${p.start}:${p.end}:${p.type}`;
    if (key && seen.has(key)) continue;
    if (key) seen.add(key);
    const hit = key !== null && goldKeys.has(key);
    counts[p.type][hit ? 'tp' : 'fp']++;
    counts.ALL[hit ? 'tp' : 'fp']++;
  }
  for (const g of gold) {
    if (!seen.has(`${g.start}:${g.end}:${g.type}`)) {
      counts[g.type].fn++;
      counts.ALL.fn++;
    }
  }
}

export function prf({ tp, fp, fn }: Counts): { p: number; r: number; f: number } {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { p: p * 100, r: r * 100, f: p + r === 0 ? 0 : (200 * p * r) / (p + r) };
}
