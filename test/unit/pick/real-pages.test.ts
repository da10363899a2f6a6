// Pick mode saves a selector and hides what it matches on the next visit. On saved real news pages:
// for a sample of blocks a person could pick, the selector built on one parse must match that same
// block, and only it, on a fresh parse of the page, and still after a script adds a banner at the
// top of the page (as cookie and ad scripts do on every load).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { lastingSelector } from '../../../src/core/pick/selector.ts';
import { looksGenerated } from '../../../src/core/pick/stable-names.ts';

const DIR = 'test/fixtures/pick';
const PAGES = readdirSync(DIR).filter((name) => name.endsWith('.html.gz'));
const BLOCKS = 'div, section, aside, nav, header, footer, ul, ol, figure, form, table, article';
const SAMPLE = 60;

function parse(html: string): Document {
  // Quiet: the pages' stylesheets are more than jsdom's CSS parser knows, and do not matter here.
  return new JSDOM(html, { url: 'https://news.example/story', virtualConsole: new VirtualConsole() }).window.document;
}

/** Blocks with some text, as a person would pick them, spread over the page. */
function candidates(doc: Document): Element[] {
  const all = Array.from(doc.body.querySelectorAll(BLOCKS)).filter((element) => (element.textContent ?? '').trim().length >= 20);
  const every = Math.max(1, Math.floor(all.length / SAMPLE));
  return all.filter((_, index) => index % every === 0).slice(0, SAMPLE);
}

/** Baseline: the full chain of child positions from <body>, what a naive picker saves. */
function positionPath(element: Element): string {
  const steps: string[] = [];
  for (let node: Element = element; node.parentElement && node.localName !== 'body'; node = node.parentElement) {
    steps.unshift(`${node.localName}:nth-child(${Array.from(node.parentElement.children).indexOf(node) + 1})`);
  }
  return ['body', ...steps].join(' > ');
}

/** The names a selector is built on (#id, .class, [attr="value"]). */
function namesIn(selector: string): string[] {
  return Array.from(selector.matchAll(/[#.]((?:\\.|[\w\u00a0-\uffff-])+)/g), (match) => (match[1] ?? '').replace(/\\/g, ''));
}

describe('pick selectors on saved real pages', () => {
  it('has pages', () => expect(PAGES.length).toBeGreaterThanOrEqual(3));

  for (const name of PAGES) {
    it(`${name}: every selector finds the same block after a fresh parse, without generated names or long position chains`, () => {
      const html = gunzipSync(readFileSync(join(DIR, name))).toString('utf8');
      const first = parse(html);
      const picks = candidates(first);
      const fresh = parse(html);
      const freshPicks = candidates(fresh);
      const withBanner = parse(html);
      const bannerPicks = candidates(withBanner);
      const banner = withBanner.createElement('div');
      banner.className = 'cookie-banner';
      banner.textContent = 'We use cookies.';
      withBanner.body.prepend(banner);

      let built = 0;
      let survived = 0;
      let naiveSurvived = 0;
      for (const [index, element] of picks.entries()) {
        const selector = lastingSelector(element);
        if (!selector) continue;
        built++;
        expect(Array.from(fresh.querySelectorAll(selector)), `${selector} on a fresh parse`).toEqual([freshPicks[index]]);
        expect((selector.match(/nth-of-type/g) ?? []).length, selector).toBeLessThanOrEqual(2);
        for (const part of namesIn(selector)) expect(looksGenerated(part), `${part} in ${selector}`).toBe(false);
        const found = Array.from(withBanner.querySelectorAll(selector));
        if (found.length === 1 && found[0] === bannerPicks[index]) survived++;
        const naive = Array.from(withBanner.querySelectorAll(positionPath(element)));
        if (naive.length === 1 && naive[0] === bannerPicks[index]) naiveSurvived++;
      }
      console.log(
        `${name}: ${built}/${picks.length} blocks got a lasting selector; with a banner added ${survived}/${built} still find their block (baseline, child positions from <body>: ${naiveSurvived}/${built})`,
      );
      // Most blocks of a real page have something lasting to build on.
      expect(built / picks.length).toBeGreaterThan(0.6);
      expect(survived / built).toBeGreaterThan(0.9);
      // Parsing real pages in jsdom is slow on a shared machine.
    }, 120_000);
  }
});
