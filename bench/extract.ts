/**
 * `npm run -s bench:extract -- [DIR] [--dump OUT]`
 *
 * Scores `extractArticle`'s plain text (`Article.text`, what the CLI prints) on a folder laid out like
 * the article-extraction benchmark, next to plain Readability 0.6 (`textContent`) computed in the same
 * run and the published outputs in DIR/output scored by the same scorer. Each page is parsed once with
 * jsdom; both extractors then run on that document (each clones it first), so parse time is excluded.
 * `--dump OUT` writes our text, Readability's and the truth per page for reading.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '../src/core/extract/index.ts';
import { parseHtml } from '../src/cli/dom.ts';
import { scoreCorpus, scorePage, type PageScore } from './lib/shingle-score.ts';
import { fixed, loadBenchmark, loadPublished, median, plainReadability, releasePage, timedInTurn } from './lib/extraction-data.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dump: { type: 'string' } },
});
const dir = positionals[0] ?? '../shared/data/article-extraction-benchmark';
const pages = loadBenchmark(dir);

const ours: PageScore[] = [];
const theirs: PageScore[] = [];
const ourMs: number[] = [];
const theirMs: number[] = [];
const perPage: { id: string; url: string; f1: number; precision: number; recall: number }[] = [];
let noArticle = 0;

for (const [index, page] of pages.entries()) {
  const doc = parseHtml(page.html, page.url);
  const [a, b] = timedInTurn(index, () => extractArticle(doc, page.url), () => plainReadability(doc));
  ourMs.push(a.ms);
  theirMs.push(b.ms);
  if (!a.value) noArticle++;
  const ourText = a.value?.text ?? '';
  const theirText = b.value?.textContent ?? '';
  const score = scorePage(page.truth, ourText);
  ours.push(score);
  theirs.push(scorePage(page.truth, theirText));
  const f1 = score.precision + score.recall > 0 ? (2 * score.precision * score.recall) / (score.precision + score.recall) : 0;
  perPage.push({ id: page.id, url: page.url, f1, precision: score.precision, recall: score.recall });
  if (values.dump) {
    mkdirSync(values.dump, { recursive: true });
    writeFileSync(join(values.dump, `${page.id}.ours.txt`), ourText);
    writeFileSync(join(values.dump, `${page.id}.readability.txt`), theirText);
    writeFileSync(join(values.dump, `${page.id}.truth.txt`), page.truth);
  }
  await releasePage(doc);
}

const rows: [string, ReturnType<typeof scoreCorpus>][] = [
  ['plainsight (extractArticle .text)', scoreCorpus(ours)],
  ['readability 0.6 alone (this run)', scoreCorpus(theirs)],
];
for (const [name, texts] of loadPublished(dir)) {
  rows.push([`published: ${name}`, scoreCorpus(pages.map((page) => scorePage(page.truth, texts[page.id] ?? '')))]);
}

console.log(`article extraction: ${pages.length} pages from ${dir}`);
console.log(`${'system'.padEnd(40)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'acc'.padStart(6)}`);
const [first, second, ...published] = rows;
for (const [name, s] of [first!, second!, ...published.sort((x, y) => y[1].f1 - x[1].f1)]) {
  console.log(`${name.padEnd(40)} ${fixed(s.precision).padStart(6)} ${fixed(s.recall).padStart(6)} ${fixed(s.f1).padStart(6)} ${fixed(s.accuracy).padStart(6)}`);
}
console.log(`pages with no article from extractArticle: ${noArticle}`);
const oursMedian = median(ourMs);
const theirsMedian = median(theirMs);
console.log(
  `median ms/page (parse excluded, clone included): plainsight ${fixed(oursMedian, 1)}, readability alone ${fixed(theirsMedian, 1)}, ratio ${fixed(oursMedian / theirsMedian, 2)}x`,
);
console.log('10 worst pages (our F1, P, R):');
for (const page of [...perPage].sort((x, y) => x.f1 - y.f1).slice(0, 10)) {
  console.log(`  ${fixed(page.f1)}  P ${fixed(page.precision)}  R ${fixed(page.recall)}  ${page.id.slice(0, 12)}  ${page.url}`);
}
