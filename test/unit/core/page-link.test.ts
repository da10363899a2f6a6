import { describe, expect, it } from 'vitest';
import { isPageLink } from '../../../src/core/page-link.ts';

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
