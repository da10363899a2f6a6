// Layout rules run on injected measurements (jsdom has no layout).
import { describe, expect, it } from 'vitest';
import { fixedOverlayRule } from '../../../src/core/declutter/rules/fixed-overlay.ts';
import { besideArticleRule, isBeside } from '../../../src/core/declutter/rules/beside-article.ts';
import { outsideColumnRule } from '../../../src/core/declutter/rules/outside-column.ts';
import { ARTICLE_HTML, contextFor, fakeLayout, page } from './helpers.ts';

describe('fixed-overlay', () => {
  it('hides wide fixed bars and tall sticky boxes, not a small back-to-top button', () => {
    const doc = page(`${ARTICLE_HTML}<div id="bar">Subscribe now</div><div id="box">Popup</div><a id="top" href="#">Top</a>`);
    const layout = fakeLayout(doc, {
      '#bar': { position: 'fixed', width: 1280, height: 80 },
      '#box': { position: 'sticky', width: 300, height: 400 },
      '#top': { position: 'fixed', width: 40, height: 40 },
    });
    expect(fixedOverlayRule.find(doc, contextFor(doc, [], layout)).map(({ element }) => element.id)).toEqual(['bar', 'box']);
  });
  it('does nothing without measurements, and never hides a fixed article', () => {
    const doc = page(`<div id="fixed">${ARTICLE_HTML}</div>`);
    expect(fixedOverlayRule.find(doc, contextFor(doc))).toEqual([]);
    const layout = fakeLayout(doc, { '#fixed': { position: 'fixed', width: 1280, height: 900 } });
    expect(fixedOverlayRule.find(doc, contextFor(doc, [], layout))).toEqual([]);
  });
});

describe('beside-article', () => {
  it('hides a column to the right of the article, not a block below it', () => {
    const doc = page(`<div class="row"><div id="main">${ARTICLE_HTML}</div><div id="rail"><p>Rail</p></div></div><div id="below"><p>Below</p></div>`);
    const layout = fakeLayout(doc, {
      article: { left: 100, top: 100, width: 700, height: 2000 },
      '#rail': { left: 820, top: 100, width: 300, height: 1500 },
      '#below': { left: 100, top: 2200, width: 1000, height: 300 },
    });
    expect(besideArticleRule.find(doc, contextFor(doc, [], layout)).map(({ element }) => element.id)).toEqual(['rail']);
  });
  it('isBeside needs vertical overlap', () => {
    const article = { position: 'static', left: 100, top: 100, width: 700, height: 500, visible: true };
    expect(isBeside({ ...article, left: 820, width: 200 }, article)).toBe(true);
    expect(isBeside({ ...article, left: 820, width: 200, top: 700 }, article)).toBe(false);
  });
});

describe('outside-column', () => {
  it('hides siblings of the article column up the tree, keeping the logo but not the menu beside it', () => {
    const doc = page(`<header id="head"><a class="logo" href="/">Site</a><nav>Menu</nav></header><div id="page"><div id="main">${ARTICLE_HTML}<div id="tags">Tags</div></div><div id="rail">Rail</div></div><div id="foot">Footer</div><script>var x</script>`);
    const found = outsideColumnRule.find(doc, contextFor(doc));
    expect(found.map(({ element }) => element.id || element.tagName.toLowerCase()).sort()).toEqual(['foot', 'nav', 'rail', 'tags']);
  });
});
