/**
 * Where declutter's time goes on the generated huge pages (bench/lib/huge-page.ts), phase by
 * phase, in Node + jsdom: extraction, hints, the live-page article map, each rule, and the whole
 * plan. jsdom is slower than a browser, so read the shares and how each phase grows with the page
 * (run two sizes), not the absolute figures. Beware: in jsdom `Array.from(element.children)` is
 * itself quadratic (each index goes through HTMLCollection's named-property proxy), so
 * `mapArticle`'s figure here is inflated by that; the browser's profile (bench:huge with
 * BENCH_PROFILE=1) is the one to trust. Rules that search in steps (rule-steps.ts) also report
 * their longest step. `npx tsx bench/huge-declutter-phases.ts --paragraphs
 * 2500,5000 --links 50000` (a size of 0 skips that page).
 */
import { parseArgs } from 'node:util';
import { parseHtml } from '../src/cli/dom.ts';
import { extractArticle } from '../src/core/extract/index.ts';
import { DECLUTTER_RULES, declutterContext, hintsOf, planDeclutter } from '../src/core/declutter/index.ts';
import { manyLinksPage, manyParagraphsPage } from './lib/huge-page.ts';

const { values } = parseArgs({ options: { paragraphs: { type: 'string', default: '2500,5000' }, links: { type: 'string', default: '50000' } } });
const sizes = (list: string): number[] => list.split(',').map(Number).filter((n) => n > 0);

function time<T>(timings: Record<string, number>, name: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  timings[name] = Math.round(performance.now() - start);
  return result;
}

function longestStep(steps: Generator<void, unknown>): number {
  let longest = 0;
  for (let done = false; !done; ) {
    const start = performance.now();
    done = !!steps.next().done;
    longest = Math.max(longest, performance.now() - start);
  }
  return Math.round(longest);
}

function phases(html: string): Record<string, number> {
  const url = 'https://example.test/huge.html';
  const timings: Record<string, number> = {};
  const doc = time(timings, 'jsdom parse', () => parseHtml(html, url));
  const article = time(timings, 'extractArticle', () => extractArticle(doc, url, { force: true }));
  const hints = time(timings, 'hintsOf', () => (article ? hintsOf(article, doc) : null));
  const context = time(timings, 'mapArticle (declutterContext)', () => declutterContext(doc, url, hints));
  for (const rule of DECLUTTER_RULES) {
    time(timings, `rule ${rule.id}`, () => rule.find(doc, context));
    // A rule that searches in steps: its longest step is what the page waits for at most.
    if (rule.findSteps) timings[`rule ${rule.id} longest step`] = longestStep(rule.findSteps(doc, context));
  }
  const blocks = time(timings, 'planDeclutter (all rules + classify)', () => planDeclutter(doc, context));
  timings['blocks'] = blocks.length;
  return timings;
}

for (const n of sizes(values.paragraphs)) console.log(`${n} paragraphs: ${JSON.stringify(phases(manyParagraphsPage(n)))}`);
for (const n of sizes(values.links)) console.log(`${n} links: ${JSON.stringify(phases(manyLinksPage(n)))}`);
