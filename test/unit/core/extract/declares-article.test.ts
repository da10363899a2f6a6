import { describe, expect, it } from 'vitest';
import { declaresArticle } from '../../../../src/core/extract/declares-article.ts';

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
