import { describe, expect, it } from 'vitest';
import { isPageLink, pageKeyOf } from '../../../src/core/page-link.ts';

describe('isPageLink', () => {
  it('accepts addresses of pages, relative or absolute', () => {
    expect(isPageLink('/news/2024/story')).toBe(true);
    expect(isPageLink('https://example.org/a')).toBe(true);
    expect(isPageLink('other.html#part')).toBe(true);
  });

  it('refuses anchors, empty addresses and mail, phone or script links', () => {
    for (const href of [null, undefined, '', '   ', '#comments', 'mailto:a@b.org', 'TEL:+441234', 'javascript:void(0)', ' javascript:go()']) {
      expect(isPageLink(href)).toBe(false);
    }
  });
});

describe('pageKeyOf', () => {
  it('names the same page for relative, absolute, fragment and trailing-slash forms', () => {
    const base = 'https://news.example.com/world/story/';
    for (const href of ['/world/story', './', '#comments', 'https://news.example.com/world/story#top']) expect(pageKeyOf(href, base)).toBe('https://news.example.com/world/story');
    expect(pageKeyOf('/world/other', base)).toBe('https://news.example.com/world/other');
  });

  it('compares an address the parser refuses as written', () => {
    expect(pageKeyOf('http://[bad', 'not a base')).toBe('http://[bad');
  });
});
