import { describe, expect, it } from 'vitest';
import { boilerplateLines, isBoilerplateLine } from '../../../../src/core/extract/post-clean/boilerplate-lines.ts';
import { run, text } from './helpers.ts';

describe('boilerplate-lines rule', () => {
  it('removes lines that are only a furniture label', () => {
    const out = run(boilerplateLines, '<p>First paragraph of the story.</p><div>Advertisement</div><p>Read More</p><p>Iklan</p><div><p>SUBSCRIBE</p></div><p>Last paragraph.</p>');
    expect(text(out)).toBe('First paragraph of the story. Last paragraph.');
    expect(out.querySelectorAll('div')).toHaveLength(0);
  });

  it('keeps the same words inside a sentence', () => {
    const html = '<p>Advertisement revenue fell by a third.</p><p>Read more about the budget in the report.</p>';
    expect(text(run(boilerplateLines, html))).toBe('Advertisement revenue fell by a third. Read more about the budget in the report.');
  });

  it('normalises punctuation around labels', () => {
    expect(isBoilerplateLine('– Advertisement –')).toBe(true);
    expect(isBoilerplateLine('Comments (12)')).toBe(true);
    expect(isBoilerplateLine('Advertisement revenue')).toBe(false);
  });
});
