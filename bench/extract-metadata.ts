/**
 * `npm run -s bench:extract-metadata -- [DIR]`
 *
 * Over a folder laid out like Readability's test pages (slug/source.html, expected.html,
 * expected-metadata.json): does `extractArticle` run without a crash, how often do its title, byline,
 * publishedTime, lang and dir equal the expected metadata, next to plain Readability 0.6 in the same
 * run; and how close is our body text to the text of expected.html (shingle scorer), next to
 * Readability's own text. The expected files were produced by Readability itself, so they are a
 * regression check, not ground truth.
 */
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../src/core/extract/index.ts';
import { parseHtml } from '../src/cli/dom.ts';
import { scoreCorpus, scorePage, type PageScore } from './lib/shingle-score.ts';
import { fixed, loadTestPages } from './lib/extraction-data.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const dir = positionals[0] ?? '../shared/data/readability-test-pages';
/** The address upstream's test runner gives every page. */
const PAGE_URL = 'http://fakehost/test/page.html';
const FIELDS = ['title', 'byline', 'publishedTime', 'lang', 'dir'] as const;
type Field = (typeof FIELDS)[number];

const ours: Record<Field, number> = { title: 0, byline: 0, publishedTime: 0, lang: 0, dir: 0 };
/** Expected empty, ours filled in (our fallbacks: dates from JSON-LD/<time>, direction from the text…). */
const filled: Record<Field, number> = { title: 0, byline: 0, publishedTime: 0, lang: 0, dir: 0 };
const theirs: Record<Field, number> = { title: 0, byline: 0, publishedTime: 0, lang: 0, dir: 0 };
/** Equal once runs of whitespace are one space and a leading "By" is dropped (how we clean bylines on purpose). */
const oursAlike: Record<Field, number> = { title: 0, byline: 0, publishedTime: 0, lang: 0, dir: 0 };
const alike = (a: unknown, b: unknown): boolean => {
  const clean = (value: unknown): string | null => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim().replace(/^by\s+/i, '') || null : null);
  return same(a, b) || (typeof a === 'string' && typeof b === 'string' && clean(a) === clean(b));
};
const ourText: PageScore[] = [];
const theirText: PageScore[] = [];
const misses: string[] = [];
let crashes = 0;
let ourArticles = 0;
let theirArticles = 0;

const same = (a: unknown, b: unknown): boolean => (a ?? null) === (b ?? null);

const pages = loadTestPages(dir);
for (const page of pages) {
  const doc = parseHtml(page.source, PAGE_URL);
  const expectedText = parseHtml(page.expectedHtml, PAGE_URL).body?.textContent ?? '';
  const plain = new Readability(doc.cloneNode(true) as Document, { classesToPreserve: ['caption'] }).parse();
  if (plain) theirArticles++;
  let article: ReturnType<typeof extractArticle> = null;
  try {
    // force: these are regression fixtures, several of them deliberately not article-like.
    article = extractArticle(doc, PAGE_URL, { force: true });
  } catch (error) {
    crashes++;
    misses.push(`${page.slug}: CRASH ${(error as Error).message}`);
  }
  if (article) ourArticles++;
  for (const field of FIELDS) {
    const expected = page.metadata[field];
    if (same(plain?.[field], expected)) theirs[field]++;
    if (alike(article?.[field], expected)) oursAlike[field]++;
    if (same(article?.[field], expected)) ours[field]++;
    else if (!expected && article?.[field]) filled[field]++;
    else if (same(plain?.[field], expected)) misses.push(`${page.slug}: ${field} expected ${JSON.stringify(expected)}, ours ${JSON.stringify(article?.[field])}`);
  }
  ourText.push(scorePage(expectedText, article?.text ?? ''));
  theirText.push(scorePage(expectedText, plain?.textContent ?? ''));
}

console.log(`metadata: ${pages.length} pages from ${dir}; crashes: ${crashes}; articles: ours ${ourArticles}, readability ${theirArticles}`);
console.log('equal to expected-metadata.json (ours also: expected empty but we filled it in; expected set and we differ):');
console.log('("ours alike": equal after collapsing whitespace and dropping a leading "By", as our byline cleaning does)');
console.log(`${'field'.padEnd(14)} ${'ours'.padStart(5)} ${'readability'.padStart(12)} ${'ours filled'.padStart(12)} ${'ours differ'.padStart(12)} ${'ours alike'.padStart(11)}`);
for (const field of FIELDS) {
  const differ = pages.length - ours[field] - filled[field];
  console.log(`${field.padEnd(14)} ${String(ours[field]).padStart(5)} ${String(theirs[field]).padStart(12)} ${String(filled[field]).padStart(12)} ${String(differ).padStart(12)} ${String(oursAlike[field]).padStart(11)}`);
}
const o = scoreCorpus(ourText);
const t = scoreCorpus(theirText);
console.log('body text vs text of expected.html (shingles):');
console.log(`  ours         P ${fixed(o.precision)} R ${fixed(o.recall)} F1 ${fixed(o.f1)}`);
console.log(`  readability  P ${fixed(t.precision)} R ${fixed(t.recall)} F1 ${fixed(t.f1)}`);
if (misses.length) {
  console.log(`fields where Readability matched, the expected value was set, and we differ (${misses.length}):`);
  for (const line of misses.slice(0, 40)) console.log(`  ${line}`);
}
