import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { partOfArticle } from '../../../src/core/pick/article-guard.ts';
import { mapArticle } from '../../../src/core/declutter/article-map.ts';
import { yourSelectorsRule } from '../../../src/core/declutter/rules/your-selectors.ts';

const TEXT = 'The council approved the new budget for schools on Monday after a long debate. Teachers welcomed the decision and said classes would get smaller next year.';
const HTML = `<body><header><a class="logo" href="/">Site</a></header><main><h1>Budget approved</h1><p class="byline">By Sara Khan</p>
  <div class="body"><p>${TEXT.split('. ')[0]}.</p><p>${TEXT.split('. ')[1]}</p></div></main><aside class="more"><p>Other story</p></aside></body>`;
const hints = { text: TEXT.replace('. ', '.\n'), title: 'Budget approved', byline: 'By Sara Khan', imageUrls: [] };

describe('partOfArticle', () => {
  const doc = new JSDOM(HTML).window.document;
  const at = (css: string): Element => doc.querySelector(css) as Element;

  it('is true for the article, a block around it, a paragraph of it, the headline and the byline', () => {
    for (const css of ['main', '.body', '.body p', 'h1', '.byline', 'body']) expect(partOfArticle(doc, hints, at(css), [css]), css).toBe(true);
  });
  it('is false for the logo once the person lists it, and for clutter', () => {
    expect(partOfArticle(doc, hints, at('.logo'), [])).toBe(true);
    for (const css of ['.logo', 'header', 'aside.more']) expect(partOfArticle(doc, hints, at(css), [css]), css).toBe(false);
  });
  it('is false when no article was found', () => expect(partOfArticle(doc, null, at('main'), ['main'])).toBe(false));

  it('agrees with what declutter hides on the next visit from the saved selector', () => {
    for (const css of ['main', '.body p', 'h1', '.byline', '.logo', 'header', 'aside.more']) {
      const tweaks = { hide: [css], keep: [], keptRules: [] };
      const context = { article: mapArticle(doc, hints, tweaks.hide), host: 'news.example', tweaks };
      const hiddenNextTime = yourSelectorsRule.find(doc, context).some((finding) => finding.element === at(css));
      expect(hiddenNextTime, css).toBe(!partOfArticle(doc, hints, at(css), [css]));
    }
  });
});
