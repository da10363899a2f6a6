/**
 * `npm run -s bench:summary -- [--half even|odd] [FILE]`: ROUGE-1/2/L/Lsum F1 at 3 sentences on BBC News Summary
 * (default ../shared/data/summaries/bbc_news_summary_shared.jsonl, the development split), for
 * our summariser beside LEAD-3, TextRank as published (Mihalcea & Tarau 2004: shared content
 * words over the sum of log lengths, PageRank with damping 0.85, top 3 in article order) and an
 * oracle (the 3 sentences that a greedy search, knowing the reference, finds best for ROUGE-2),
 * all on the same sentences in the same run. `--half` scores the even- or odd-numbered articles
 * only: the halves that every setting is chosen on and checked on.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitSentences } from '../src/core/nlp/sentences.ts';
import { summarize } from '../src/core/nlp/summarize.ts';
import { textRank } from '../src/core/nlp/textrank.ts';
import { rougeL, rougeLsum, rougeN } from './lib/rouge.ts';

const args = process.argv.slice(2);
const halfAt = args.indexOf('--half');
const half = halfAt >= 0 ? args.splice(halfAt, 2)[1] : undefined;
if (half !== undefined && half !== 'even' && half !== 'odd') throw new Error('--half takes even or odd');
const file = resolve(args[0] ?? '../shared/data/summaries/bbc_news_summary_shared.jsonl');
const COUNT = 3;

interface Item {
  id: string;
  title: string;
  article: string;
  summary: string;
}

const items: Item[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Item)
  .filter((_, index) => half === undefined || index % 2 === (half === 'even' ? 0 : 1));

/** The article without its headline line (the headline is passed as the title). */
function body(item: Item): string {
  return item.article.replace(/^[^\n]*\n/, '').trim();
}

/** Reference sentences are glued together ("$10.9bn.For the"): split them, one per line. */
function reference(item: Item): string {
  return item.summary.replace(/([.!?]["'’”]?)(?=[A-Z"“‘])/g, '$1\n').split('\n').map((s) => s.trim()).filter(Boolean).join('\n');
}

/** Adds, one at a time, the sentence that raises ROUGE-2 F1 most (Nallapati et al. 2017's oracle). */
function greedyOracle(sentences: string[], ref: string): number[] {
  const chosen: number[] = [];
  let best = 0;
  while (chosen.length < COUNT) {
    let pick = -1;
    for (let i = 0; i < sentences.length; i++) {
      if (chosen.includes(i)) continue;
      const trial = [...chosen, i].sort((a, b) => a - b);
      const f = rougeN(ref, trial.map((j) => sentences[j]).join('\n'), 2).f;
      if (f > best) [best, pick] = [f, i];
    }
    if (pick < 0) break;
    chosen.push(pick);
  }
  return chosen.sort((a, b) => a - b);
}

type System = (item: Item) => string[];
const systems: [string, System][] = [
  ['LEAD-3', (item) => splitSentences(body(item)).slice(0, COUNT).map((s) => s.text)],
  ['TextRank', (item) => {
    const sentences = splitSentences(body(item)).map((s) => s.text);
    return textRank(sentences, COUNT).map((i) => sentences[i] as string);
  }],
  ['oracle', (item) => {
    const sentences = splitSentences(body(item)).map((s) => s.text);
    return greedyOracle(sentences, reference(item)).map((i) => sentences[i] as string);
  }],
  ['plainsight', (item) => summarize(body(item), { sentences: COUNT }).sentences.map((s) => s.text)],
];

console.log(`${items.length} articles${half ? ` (${half} half)` : ''} from ${file}; ROUGE F1 x100 at ${COUNT} sentences`);
console.log(`${'system'.padEnd(12)} ${['R-1', 'R-2', 'R-L', 'R-Lsum'].map((h) => h.padStart(7)).join('')}   ms/article`);
for (const [name, system] of systems) {
  const sums = [0, 0, 0, 0];
  let time = 0;
  for (const item of items) {
    const started = performance.now();
    const candidate = system(item).join('\n');
    time += performance.now() - started;
    const ref = reference(item);
    const scores = [rougeN(ref, candidate, 1).f, rougeN(ref, candidate, 2).f, rougeL(ref, candidate).f, rougeLsum(ref, candidate).f];
    scores.forEach((s, i) => (sums[i] = (sums[i] as number) + s));
  }
  const cells = sums.map((s) => ((100 * s) / items.length).toFixed(2).padStart(7)).join('');
  console.log(`${name.padEnd(12)} ${cells}   ${(time / items.length).toFixed(2)}`);
}
