import { describe, expect, it } from 'vitest';
import { isPitch, promotions } from '../../../../src/core/extract/post-clean/promotions.ts';
import { run, text } from './helpers.ts';

describe('promotions rule', () => {
  it('removes newsletter, follow and app pitches', () => {
    const html = '<p>Story.</p><p>Sign up to our newsletter for exclusive updates and enhanced content</p><p>Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.</p><p>CLICK HERE TO GET THE FOX NEWS APP</p><p>Like this story? Share it with a friend!</p>';
    expect(text(run(promotions, html))).toBe('Story.');
  });

  it('keeps reporting that mentions newsletters or following', () => {
    const html = '<p>The company said its newsletter had 2 million readers; subscribers, it said, were mostly young.</p><p>Follow-up tests on Twitter users showed the same effect across groups.</p>';
    expect(text(run(promotions, html))).toContain('2 million readers');
    expect(text(run(promotions, html))).toContain('Follow-up tests');
    expect(isPitch('Subscribe to our newsletter now')).toBe(true);
  });
});
