/** A short label and a block of the site's headlines after it: a read-on teaser, though extraction keeps both. */
import { describe, expect, it } from 'vitest';
import { siteHostsOf } from '../../../src/core/declutter/promo.ts';
import { teaserRuns } from '../../../src/core/declutter/teaser-runs.ts';
import { inArticlePromoRule } from '../../../src/core/declutter/rules/in-article-promo.ts';
import { ARTICLE_PARAGRAPHS, contextFor, page, texts } from './helpers.ts';

const paragraphs = ARTICLE_PARAGRAPHS.map((text) => `<p>${text}</p>`).join('');
const story = (inside: string): string => `<article><h1>Minister Visits Capital For Trade Talks</h1><div class="body">${paragraphs}${inside}</div></article>`;
const headlines = '<ul><li><a href="/economy/trade-deal.html">Trade deal signed after long talks</a></li><li><a href="/politics/border.html">Border dispute settled at last</a></li></ul>';

function runsOf(inside: string): string[] {
  const doc = page(story(inside));
  return teaserRuns(doc.body, siteHostsOf(doc)).map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());
}

describe('teaserRuns', () => {
  it('takes a label ending in a colon and the list of same-site headlines after it', () => {
    expect(runsOf(`<p><strong>Lesen Sie auch die folgenden Beiträge:</strong></p>${headlines}`)).toEqual([
      'Lesen Sie auch die folgenden Beiträge:',
      'Trade deal signed after long talksBorder dispute settled at last',
    ]);
  });

  it('takes a question label past an empty paragraph, and an embedded-post card of this site without a label', () => {
    const card = '<blockquote class="wp-embedded-content"><p><a href="https://news.example.com/world/visit/">Minister plans second visit</a></p></blockquote>';
    expect(runsOf(`<p><strong>Schon gelesen?</strong></p><p>&nbsp;</p>${card}`)).toEqual(['Schon gelesen?', 'Minister plans second visit']);
    expect(runsOf(card)).toEqual(['Minister plans second visit']);
  });

  it('knows a read-also label in any script without punctuation', () => {
    expect(runsOf(`<h3>یہ بھی پڑھیں</h3>${headlines}`)).toHaveLength(2);
  });

  it('leaves lists of other sites, lists with prose items, documents to download and long labels alone', () => {
    expect(runsOf('<p>Sources:</p><ul><li><a href="https://other.example.org/report">Report of the commission</a></li></ul>')).toEqual([]);
    expect(runsOf(`<p>The agreements cover:</p><ul><li>Trade in grain and steel</li><li><a href="/energy.html">Energy</a></li></ul>`)).toEqual([]);
    expect(runsOf('<p>Download:</p><p><a href="/files/agreement.pdf">The agreement in full</a></p>')).toEqual([]);
    expect(runsOf(`<p>This is a sentence that runs on for quite a few words before it ends with a colon:</p>${headlines}`)).toEqual([]);
    expect(runsOf(`<p>Read more</p><p>Officials said the <a href="/economy/trade-deal.html">trade deal</a> would take effect next year after ratification.</p>`)).toEqual([]);
  });
});

describe('in-article-promo rule: teaser runs', () => {
  it('hides label and list though extraction kept them with the article, and no paragraph of the article', () => {
    const doc = page(story(`<p id="label"><strong>Read also:</strong></p>${headlines}`));
    const context = contextFor(doc, ['Read also:', 'Trade deal signed after long talks', 'Border dispute settled at last']);
    expect(texts(inArticlePromoRule.find(doc, context))).toEqual(['Read also:', 'Trade deal signed after long talksBorder dispute settled at last']);
    for (const p of doc.querySelectorAll('.body p:not(#label)')) expect(context.article.containsArticle(p)).toBe(true);
  });
});
