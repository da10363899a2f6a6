/**
 * `npm run -s bench:entities -- [FILE]`: exact-span micro P/R/F1 over PER/LOC/ORG on CoNLL-2003
 * (default ../shared/data/ner/conll2003_test_shared.txt, the development split), for our finder
 * and for compromise alone, in the same run; plus milliseconds per document and per 1,000 words.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { entityMentions, findEntities } from '../src/core/nlp/entities.ts';
import { summarize } from '../src/core/nlp/summarize.ts';
import { emptyCounts, parseConll, prf, score, toTokenSpan, TYPES, type ConllDocument, type ConllType, type Span } from './lib/conll.ts';

const file = resolve(process.argv[2] ?? '../shared/data/ner/conll2003_test_shared.txt');
const docs = parseConll(readFileSync(file, 'utf8'));
const TYPE_OF = { person: 'PER', place: 'LOC', organization: 'ORG' } as const;

type Prediction = Span | { type: ConllType; unaligned: true };
type System = (doc: ConllDocument) => Prediction[];

function align(doc: ConllDocument, start: number, end: number, type: ConllType): Prediction {
  return toTokenSpan(doc, start, end, type) ?? { type, unaligned: true };
}

/** Our finder; with `checkLanguage`, as the popup runs it: a document it judges not English gets no names. */
const ours = (checkLanguage: boolean): System => (doc) =>
  entityMentions(doc.text, { checkLanguage }).flatMap((entity) => entity.mentions.map(([start, end]) => align(doc, start, end, TYPE_OF[entity.type])));

interface CompromiseMatch {
  offset: { start: number; length: number };
}
const compromiseAlone: System = (doc) => {
  const d = nlp(doc.text);
  const out: Prediction[] = [];
  const add = (view: { json(options: object): { offset: CompromiseMatch['offset'] }[] }, type: ConllType): void => {
    for (const match of view.json({ offset: true })) out.push(align(doc, match.offset.start, match.offset.start + match.offset.length, type));
  };
  add(d.people(), 'PER');
  add(d.places(), 'LOC');
  add(d.organizations(), 'ORG');
  return out;
};

function run(name: string, system: System): void {
  const counts = emptyCounts();
  const times: number[] = [];
  const perThousand: number[] = [];
  for (const doc of docs) {
    const started = performance.now();
    const predicted = system(doc);
    const elapsed = performance.now() - started;
    times.push(elapsed);
    perThousand.push((elapsed * 1000) / doc.tokens.length);
    score(counts, doc.gold, predicted);
  }
  const total = times.reduce((a, b) => a + b, 0);
  const perType = TYPES.map((type) => {
    const { p, r, f } = prf(counts[type]);
    return `${type} ${f.toFixed(1)} (P ${p.toFixed(1)} R ${r.toFixed(1)})`;
  }).join('  ');
  const all = prf(counts.ALL);
  console.log(
    `${name.padEnd(30)} P ${all.p.toFixed(1)}  R ${all.r.toFixed(1)}  F1 ${all.f.toFixed(1)}  | ${perType}  | ${(total / docs.length).toFixed(1)} ms/doc, median ${median(perThousand).toFixed(1)} ms/1k tokens`,
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** What the popup runs per article: ranked entities and a 3-sentence summary. */
function popupPipeline(doc: ConllDocument): void {
  findEntities(doc.text);
  summarize(doc.text, { sentences: 3 });
}

console.log(`${docs.length} documents, ${docs.reduce((n, d) => n + d.gold.length, 0)} PER/LOC/ORG spans from ${file}`);
// A warm-up pass so that neither system pays for compromise's lazy lexicon set-up in its timings.
compromiseAlone(docs[0] as ConllDocument);
ours(true)(docs[0] as ConllDocument);
run('compromise alone', compromiseAlone);
run('plainsight, no language step', ours(false));
run('plainsight (popup path)', ours(true));
const pipeline = docs.map((doc) => {
  const started = performance.now();
  popupPipeline(doc);
  return ((performance.now() - started) * 1000) / doc.tokens.length;
});
console.log(`popup pipeline (ranked entities + 3-sentence summary): median ${median(pipeline).toFixed(1)} ms per 1,000 words`);
