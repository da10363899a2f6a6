/**
 * `npm run -s bench:web -- [DIR] [--every K [--offset I]] [--limit N] [--dump OUT]`
 * (`--every 2 --offset 1` is the other half of `--every 2`: a change should help on both halves.)
 * `npm run -s bench:web -- --declutter [DIR] …` hands the arguments to `bench/web-declutter.ts`.
 *
 * Extraction on the web-segments set (real pages, many sites and languages): segment precision,
 * recall, F1 and accuracy of `extractArticle(doc, url).text` (what the CLI prints) next to plain
 * Readability 0.6 (`textContent`) in the same run, with median ms per page for both. Each page is
 * parsed once with jsdom and both extractors run on that document (each clones it first).
 * Then the pages where we answer "no article", the pages where we lose most `with` segments or keep
 * most `without` segments, and reader-view cleanliness of our article HTML (bench/lib/reader-cleanliness.ts).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '../src/core/extract/index.ts';
import { parseHtml } from '../src/cli/dom.ts';
import { fixed, median, plainReadability, releasePage, timedInTurn } from './lib/extraction-data.ts';
import { DEFAULT_WEB_SEGMENTS_DIR, loadWebSegments, pageAddress, scoreAll, scoreSegments, type PageSegments } from './lib/web-segments.ts';
import { countCleanliness, noCleanlinessCounts, CLEANLINESS_KEYS, type Cleanliness } from './lib/reader-cleanliness.ts';

const args = process.argv.slice(2);
if (args.includes('--declutter')) {
  const declutterBench = join(import.meta.dirname, 'web-declutter.ts');
  if (!existsSync(declutterBench)) {
    console.error('bench:web --declutter needs bench/web-declutter.ts, which is not in this checkout.');
    process.exit(2);
  }
  const module = (await import(declutterBench)) as { runWebDeclutter: (args: string[]) => Promise<void> };
  await module.runWebDeclutter(args);
} else {
  await runExtraction(args);
}

interface PageResult {
  id: string;
  url: string;
  ours: PageSegments;
  theirs: PageSegments;
  noArticle: boolean;
  clean: Cleanliness | null;
}

async function runExtraction(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { every: { type: 'string' }, offset: { type: 'string' }, limit: { type: 'string' }, dump: { type: 'string' } },
  });
  const dir = positionals[0] ?? DEFAULT_WEB_SEGMENTS_DIR;
  const every = Math.max(1, Number(values.every ?? 1) || 1);
  const offset = Math.max(0, Number(values.offset ?? 0) || 0) % every;
  const limit = Number(values.limit ?? Infinity) || Infinity;
  const pages = loadWebSegments(dir)
    .filter((_, index) => index % every === offset)
    .slice(0, limit);

  const results: PageResult[] = [];
  const ourMs: number[] = [];
  const theirMs: number[] = [];
  for (const [index, page] of pages.entries()) {
    const url = pageAddress(page);
    const doc = parseHtml(page.html, url);
    const [a, b] = timedInTurn(index, () => extractArticle(doc, url), () => plainReadability(doc));
    ourMs.push(a.ms);
    theirMs.push(b.ms);
    const ourText = a.value?.text ?? '';
    const theirText = b.value?.textContent ?? '';
    results.push({
      id: page.id,
      url: page.url,
      ours: scoreSegments(page, ourText),
      theirs: scoreSegments(page, theirText),
      noArticle: !a.value,
      clean: a.value ? countCleanliness(a.value.contentHtml, a.value.title) : null,
    });
    if (values.dump) {
      mkdirSync(values.dump, { recursive: true });
      writeFileSync(join(values.dump, `${page.id}.ours.txt`), ourText);
      writeFileSync(join(values.dump, `${page.id}.ours.html`), a.value?.contentHtml ?? '');
      writeFileSync(join(values.dump, `${page.id}.readability.txt`), theirText);
    }
    await releasePage(doc);
  }

  const ours = scoreAll(results.map((result) => result.ours));
  const theirs = scoreAll(results.map((result) => result.theirs));
  console.log(`web segments: ${results.length} pages from ${dir}${every > 1 ? ` (every ${every}th from #${offset})` : ''}`);
  console.log(`${'system'.padEnd(40)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'acc'.padStart(6)}`);
  for (const [name, s] of [['plainsight (extractArticle .text)', ours], ['readability 0.6 alone (this run)', theirs]] as const) {
    console.log(`${name.padEnd(40)} ${fixed(s.precision).padStart(6)} ${fixed(s.recall).padStart(6)} ${fixed(s.f1).padStart(6)} ${fixed(s.accuracy).padStart(6)}`);
  }
  console.log(`F1 difference: ${fixed(ours.f1 - theirs.f1)}`);
  const oursMedian = median(ourMs);
  const theirsMedian = median(theirMs);
  console.log(
    `median ms/page (parse excluded, clone included): plainsight ${fixed(oursMedian, 1)}, readability alone ${fixed(theirsMedian, 1)}, ratio ${fixed(oursMedian / theirsMedian, 2)}x`,
  );

  const noArticle = results.filter((result) => result.noArticle);
  const missed = noArticle.filter((result) => result.theirs.truePositives > 0);
  console.log(`\npages where we answer "no article": ${noArticle.length}; of these, Readability's text holds \`with\` segments on ${missed.length}`);
  for (const result of noArticle) {
    console.log(`  ${result.id}  readability holds ${result.theirs.truePositives} of ${result.ours.falseNegatives} with  ${result.url}`);
  }

  printWorst('most `with` segments lost', results, (result) => result.ours.falseNegatives, (result) => result.ours.lost);
  printWorst('most `without` segments kept', results, (result) => result.ours.falsePositives, (result) => result.ours.kept);
  printCleanliness(results);
}

function printWorst(title: string, results: PageResult[], count: (result: PageResult) => number, segments: (result: PageResult) => string[]): void {
  console.log(`\n15 pages with ${title} (ours, readability):`);
  for (const result of [...results].sort((x, y) => count(y) - count(x)).slice(0, 15)) {
    if (count(result) === 0) break;
    const theirs = title.includes('lost') ? result.theirs.falseNegatives : result.theirs.falsePositives;
    console.log(`  ${String(count(result)).padStart(3)} ${String(theirs).padStart(3)}  ${result.id}  ${result.url}`);
    for (const segment of segments(result)) console.log(`        · ${segment.replace(/\s+/g, ' ').slice(0, 140)}`);
  }
}

function printCleanliness(results: PageResult[]): void {
  const totals = noCleanlinessCounts();
  const pagesWith = noCleanlinessCounts();
  console.log('\nreader view: pages with empty list items, empty headings or the title repeated as a heading');
  for (const result of results) {
    if (!result.clean) continue;
    for (const key of CLEANLINESS_KEYS) {
      totals[key] += result.clean[key];
      if (result.clean[key] > 0) pagesWith[key]++;
    }
    const { emptyListItems, emptyHeadings, repeatedTitle } = result.clean;
    if (emptyListItems + emptyHeadings + repeatedTitle > 0) {
      console.log(`  empty li ${emptyListItems}, empty h ${emptyHeadings}, title repeated ${repeatedTitle}  ${result.id}  ${result.url}`);
    }
  }
  console.log(`reader view totals (pages / count): ${CLEANLINESS_KEYS.map((key) => `${key} ${pagesWith[key]}/${totals[key]}`).join(', ')}`);
}
