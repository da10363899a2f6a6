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
import { scoreCorpus, scorePage } from './lib/shingle-score.ts';
import { fixed, loadBenchmark, loadTestPages } from './lib/extraction-data.ts';

const benchDir = process.argv[2] ?? '../shared/data/article-extraction-benchmark';
const testDir = process.argv[3] ?? '../shared/data/readability-test-pages';
const bench = loadBenchmark(benchDir).map((page) => ({ doc: parseHtml(page.html, page.url), url: page.url, truth: page.truth }));
const tests = loadTestPages(testDir).map((page) => ({
  doc: parseHtml(page.source, 'http://fakehost/test/page.html'),
  url: 'http://fakehost/test/page.html',
  truth: parseHtml(page.expectedHtml, 'http://fakehost/').body?.textContent ?? '',
}));

function f1(pages: typeof bench, rules: PostCleanRule[], force: boolean): number {
  return scoreCorpus(pages.map((page) => scorePage(page.truth, extractArticle(page.doc, page.url, { force, postCleanRules: rules })?.text ?? ''))).f1;
}

const optional = POST_CLEAN_RULES.filter((rule) => rule.id !== 'strip-names');
console.log(`${'rules'.padEnd(28)} ${'bench F1'.padStart(9)} ${'test-pages F1'.padStart(14)}`);
const row = (name: string, rules: PostCleanRule[]): void =>
  console.log(`${name.padEnd(28)} ${fixed(f1(bench, rules, false)).padStart(9)} ${fixed(f1(tests, rules, true)).padStart(14)}`);
row('all', POST_CLEAN_RULES);
row('none', []);
for (const rule of optional) row(`without ${rule.id}`, POST_CLEAN_RULES.filter((other) => other !== rule));
