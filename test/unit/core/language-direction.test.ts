import { describe, expect, it } from 'vitest';
import { directionOf } from '../../../src/core/language-direction.ts';

describe('directionOf', () => {
  it('knows right-to-left languages, with or without a region', () => {
    for (const tag of ['ur', 'ur-PK', 'ar', 'fa-IR', 'he']) expect(directionOf(tag), tag).toBe('rtl');
  });
  it('is left to right for other languages and for tags it cannot read', () => {
    for (const tag of ['en', 'en-US', 'hi', 'zh-CN', 'not a tag', '']) expect(directionOf(tag), tag).toBe('ltr');
  });
});
