import { describe, expect, it } from 'vitest';
import { declarationsCollector, declaresArticle, itemScopes } from '../../../../src/core/extract/declares-article.ts';
import { cloneWithoutClobbering } from '../../../../src/core/extract/safe-clone.ts';
import { metadataTags } from '../../../../src/core/metadata.ts';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('declaresArticle', () => {
  it('reads og:type, JSON-LD and microdata', () => {
    expect(declaresArticle(parse('<meta property="og:type" content="article">'))).toBe(true);
    expect(declaresArticle(parse('<script type="application/ld+json">{"@type": "NewsArticle"}</script>'))).toBe(true);
    expect(declaresArticle(parse('<script type="application/ld+json">{"@graph":[{"@type":["BlogPosting"]}]}</script>'))).toBe(true);
    expect(declaresArticle(parse('<div itemscope itemtype="https://schema.org/Article"></div>'))).toBe(true);
  });

  it('is false for other page types', () => {
    expect(declaresArticle(parse('<meta property="og:type" content="website"><script type="application/ld+json">{"@type": "WebPage"}</script>'))).toBe(false);
  });
});

describe('declarationsCollector', () => {
  it('finds on the clone\'s walk what separate look-ups find, in page order', () => {
    const html =
      '<html><head><meta name="a" content="1"><script type="Application/LD+JSON">{}</script><script>x()</script></head>' +
      '<body><div itemtype="https://schema.org/Recipe"><meta itemprop="b" content="2"></div><svg><script type="application/ld+json">{}</script></svg>' +
      '<form><input name="querySelector"></form><span itemtype="https://schema.org/Person"></span></body></html>';
    const doc = parse(html);
    const { found, visit } = declarationsCollector();
    const clone = cloneWithoutClobbering(doc, visit);
    const separately = metadataTags(clone);
    expect(found.metas).toEqual(separately.metas);
    expect(found.jsonLd).toEqual(separately.jsonLd);
    expect(found.jsonLd).toHaveLength(2);
    expect(found.scopes).toEqual(itemScopes(clone));
    expect(found.scopes).toHaveLength(2);
  });
});
