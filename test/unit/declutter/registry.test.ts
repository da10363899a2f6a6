// The registry, per-site data and the whole pipeline on the UrduPoint-like page.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DECLUTTER_RULES, declutterContext, hintsOf, planDeclutter } from '../../../src/core/declutter/index.ts';
import { SITE_RULES, siteSelectorsFor } from '../../../src/core/declutter/site-rules.ts';
import { extractArticle } from '../../../src/core/extract/index.ts';
import { parseHtml } from '../../../src/cli/dom.ts';
import { page } from './helpers.ts';

describe('rule registry', () => {
  it('has unique ids and a description for each rule', () => {
    const ids = DECLUTTER_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of DECLUTTER_RULES) expect(rule.description.length).toBeGreaterThan(20);
  });
});

describe('site rules', () => {
  it('are valid, unique selectors', () => {
    const doc = page('');
    for (const [site, selectors] of Object.entries(SITE_RULES)) {
      expect(site).toMatch(/^[a-z0-9.-]+\.[a-z]+$/);
      const list = selectors.map((entry) => entry.selector);
      expect(new Set(list).size, site).toBe(list.length);
      for (const selector of list) expect(() => doc.querySelector(selector), selector).not.toThrow();
    }
  });
  it('match a host and its subdomains only', () => {
    expect(siteSelectorsFor('www.urdupoint.com').length).toBeGreaterThan(0);
    expect(siteSelectorsFor('m.urdupoint.com').length).toBeGreaterThan(0);
    expect(siteSelectorsFor('noturdupoint.com')).toEqual([]);
  });
});

describe('planDeclutter on the UrduPoint-like page', () => {
  const html = readFileSync('test/fixtures/pages/urdupoint-kim-shoigu/source.html', 'utf8');
  // Another host, so the general rules (not the UrduPoint selectors) must do the work.
  for (const url of ['https://www.urdupoint.com/en/x.html', 'https://unknown-news.example/x.html']) {
    it(`keeps the article and hides the clutter (${new URL(url).hostname})`, () => {
      const doc = parseHtml(html, url);
      const article = extractArticle(doc, url);
      expect(article).not.toBeNull();
      const blocks = planDeclutter(doc, declutterContext(doc, url, article ? hintsOf(article, doc) : null));
      const hidden = (element: Element | null): boolean => !!element && blocks.some((block) => block.element.contains(element));
      for (const p of doc.querySelectorAll('.article-body p')) expect(hidden(p), p.textContent ?? '').toBe(false);
      for (const selector of ['h1', '.byline', '.lead-image', '.logo']) expect(hidden(doc.querySelector(selector)), selector).toBe(false);
      for (const selector of ['.main-menu', '#div-gpt-ad-top', '#div-gpt-ad-inline', '.share-bar', '.related-topics', '.more-stories', '.recent-stories', '.most-viewed', '.site-footer', '.cookie-bar']) {
        expect(hidden(doc.querySelector(selector)), selector).toBe(true);
      }
      expect(blocks.every((block) => block.preview.length > 0)).toBe(true);
    });
  }
  it('without an article hides only what cannot be text', () => {
    const doc = parseHtml(html, 'https://unknown-news.example/x.html');
    const blocks = planDeclutter(doc, declutterContext(doc, doc.URL, null));
    expect(new Set(blocks.map((block) => block.ruleId))).toEqual(new Set(['ads', 'consent']));
  });
});
