import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { mapArticle } from '../../../src/core/declutter/article-map.ts';
import { holdsArticleText } from '../../../src/core/pick/article-guard.ts';

const TEXT = 'The council approved the new budget for schools on Monday after a long debate. Teachers welcomed the decision and said classes would get smaller next year.';

describe('holdsArticleText', () => {
  const doc = new JSDOM(`<body><header><a class="logo" href="/">Site</a></header><main><h1>Budget approved</h1><div class="body"><p>${TEXT.split('. ')[0]}.</p><p>${TEXT.split('. ')[1]}</p></div></main><aside class="more"><p>Other story</p></aside></body>`).window.document;
  const map = mapArticle(doc, { text: TEXT.replace('. ', '.\n'), title: 'Budget approved', byline: null, imageUrls: [] });
  const at = (css: string): Element => doc.querySelector(css) as Element;

  it('is true for the article, a block around it, a paragraph of it and the headline', () => {
    for (const css of ['main', '.body', '.body p', 'h1', 'body']) expect(holdsArticleText(map, at(css)), css).toBe(true);
  });
  it('is false for the logo declutter keeps, and for clutter', () => {
    expect(map.containsArticle(at('.logo'))).toBe(true);
    for (const css of ['.logo', 'header', 'aside.more']) expect(holdsArticleText(map, at(css)), css).toBe(false);
  });
  it('is false when no article was found', () => expect(holdsArticleText(null, at('main'))).toBe(false));
});
