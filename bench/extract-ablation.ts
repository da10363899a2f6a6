/**
 * `npm run -s bench:extract-ablation -- [BENCH_DIR] [TEST_PAGES_DIR]`
 *
 * What each post-clean rule is worth: F1 on the article-extraction benchmark and on the text of the
 * Readability test pages' expected.html, with all rules and with each rule left out in turn. A rule
 * earns its place when leaving it out lowers the benchmark F1 without raising the test-page F1 much
 * (those expected texts keep captions and datelines, so they favour doing less).
 */
import { extractArticle } from '../src/core/extract/index.ts';
import { POST_CLEAN_RULES, type PostCleanRule } from '../src/core/extract/post-clean/index.ts';
import { parseHtml } from '../src/cli/dom.ts';
import { scoreCorpus, scorePage, type PageScore } from './lib/shingle-score.ts';
import { fixed, loadBenchmark, loadTestPages } from './lib/extraction-data.ts';

const benchDir = process.argv[2] ?? '../shared/data/article-extraction-benchmark';
const testDir = process.argv[3] ?? '../shared/data/readability-test-pages';
const PAGE_URL = 'http://fakehost/test/page.html';
const optional = POST_CLEAN_RULES.filter((rule) => rule.id !== 'strip-names');
const configs: [string, PostCleanRule[]][] = [
  ['all', POST_CLEAN_RULES],
  ['none', []],
  ...optional.map((rule): [string, PostCleanRule[]] => [`without ${rule.id}`, POST_CLEAN_RULES.filter((other) => other !== rule)]),
];

/** Scores every configuration page by page, so only one parsed page is alive at a time. */
function scoreAll(pages: Iterable<{ html: string; url: string; truth: () => string }>, force: boolean): PageScore[][] {
  const scores: PageScore[][] = configs.map(() => []);
  for (const page of pages) {
    const doc = parseHtml(page.html, page.url);
    const truth = page.truth();
    configs.forEach(([, rules], index) => {
      scores[index]!.push(scorePage(truth, extractArticle(doc, page.url, { force, postCleanRules: rules })?.text ?? ''));
    });
  }
  return scores;
}

const benchScores = scoreAll(
  loadBenchmark(benchDir).map((page) => ({ html: page.html, url: page.url, truth: () => page.truth })),
  false,
);
const testScores = scoreAll(
  loadTestPages(testDir).map((page) => ({
    html: page.source,
    url: PAGE_URL,
    truth: () => parseHtml(page.expectedHtml, PAGE_URL).body?.textContent ?? '',
  })),
  true,
);
console.log(`${'rules'.padEnd(28)} ${'bench F1'.padStart(9)} ${'test-pages F1'.padStart(14)}`);
configs.forEach(([name], index) => {
  const b = scoreCorpus(benchScores[index]!).f1;
  const t = scoreCorpus(testScores[index]!).f1;
  console.log(`${name.padEnd(28)} ${fixed(b).padStart(9)} ${fixed(t).padStart(14)}`);
});
