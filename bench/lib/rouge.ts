/**
 * ROUGE exactly as the reference `rouge-score` package computes it (no stemming): lower-case,
 * every character outside [a-z0-9] becomes a space, split on whitespace. ROUGE-N on n-gram counts,
 * ROUGE-L on the LCS of the whole texts, ROUGE-Lsum on the union LCS per newline-separated sentence.
 */
export interface Score {
  p: number;
  r: number;
  f: number;
}

export function rougeTokens(text: string): string[] {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').split(' ').filter(Boolean);
}

function fmeasure(hits: number, candidate: number, reference: number): Score {
  const p = candidate === 0 ? 0 : hits / candidate;
  const r = reference === 0 ? 0 : hits / reference;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function rougeN(reference: string, candidate: string, n: number): Score {
  const ref = ngrams(rougeTokens(reference), n);
  const can = ngrams(rougeTokens(candidate), n);
  let hits = 0;
  for (const [gram, count] of can) hits += Math.min(count, ref.get(gram) ?? 0);
  const total = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  return fmeasure(hits, total(can), total(ref));
}

function lcsTable(a: string[], b: string[]): Uint32Array[] {
  const table = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = 1; i <= a.length; i++) {
    const row = table[i] as Uint32Array;
    const prev = table[i - 1] as Uint32Array;
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, row[j - 1] as number);
    }
  }
  return table;
}

export function rougeL(reference: string, candidate: string): Score {
  const ref = rougeTokens(reference);
  const can = rougeTokens(candidate);
  const table = lcsTable(ref, can);
  return fmeasure((table[ref.length] as Uint32Array)[can.length] as number, can.length, ref.length);
}

/** Indices into `ref` of one LCS with `can` (rouge-score's backtracking order). */
function lcsIndices(ref: string[], can: string[]): number[] {
  const table = lcsTable(ref, can);
  const out: number[] = [];
  let i = ref.length;
  let j = can.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (((table[i - 1] as Uint32Array)[j] as number) > ((table[i] as Uint32Array)[j - 1] as number)) i--;
    else j--;
  }
  return out.reverse();
}

export function rougeLsum(reference: string, candidate: string): Score {
  const refSentences = reference.split('\n').map(rougeTokens).filter((s) => s.length > 0);
  const canSentences = candidate.split('\n').map(rougeTokens).filter((s) => s.length > 0);
  const refCounts = new Map<string, number>();
  const canCounts = new Map<string, number>();
  for (const s of refSentences) for (const t of s) refCounts.set(t, (refCounts.get(t) ?? 0) + 1);
  for (const s of canSentences) for (const t of s) canCounts.set(t, (canCounts.get(t) ?? 0) + 1);
  const m = refSentences.reduce((n, s) => n + s.length, 0);
  const n = canSentences.reduce((k, s) => k + s.length, 0);
  let hits = 0;
  for (const ref of refSentences) {
    const union = new Set<number>();
    for (const can of canSentences) for (const index of lcsIndices(ref, can)) union.add(index);
    for (const index of [...union].sort((a, b) => a - b)) {
      const token = ref[index] as string;
      if ((canCounts.get(token) ?? 0) > 0 && (refCounts.get(token) ?? 0) > 0) {
        hits++;
        canCounts.set(token, (canCounts.get(token) as number) - 1);
        refCounts.set(token, (refCounts.get(token) as number) - 1);
      }
    }
  }
  return fmeasure(hits, n, m);
}
