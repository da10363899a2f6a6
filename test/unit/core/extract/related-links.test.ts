import { describe, expect, it } from 'vitest';
import { relatedLinks } from '../../../../src/core/extract/post-clean/related-links.ts';
import { run, text } from './helpers.ts';

describe('related-links rule', () => {
  it('removes label-led link lines', () => {
    const html = '<p>Story start.</p><p>READ MORE: <a href="/x">China plague outbreak confirmed</a></p><p>[Related: <a href="/y">Keynote recap</a>]</p><p>Story end.</p>';
    expect(text(run(relatedLinks, html))).toBe('Story start. Story end.');
  });

  it('removes a lone label and the link list after it', () => {
    const html = '<p>Story.</p><h3>You may also like</h3><ul><li><a href="/a">One headline</a></li><li><a href="/b">Two headline</a></li></ul>';
    const out = run(relatedLinks, html);
    expect(text(out)).toBe('Story.');
    expect(out.querySelector('ul')).toBeNull();
  });

  it('keeps a label followed by prose, and sentences that start like a label', () => {
    const html = '<h3>Related</h3><p>The two cases are related, officials said on Tuesday, and more hearings are planned.</p><p>Read more: the full ruling runs to 300 pages and was published on the court website today.</p>';
    expect(text(run(relatedLinks, html))).toContain('The two cases are related');
    expect(text(run(relatedLinks, html))).toContain('the full ruling runs to 300 pages');
  });
});
