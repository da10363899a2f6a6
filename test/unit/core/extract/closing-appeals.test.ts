import { describe, expect, it } from 'vitest';
import { closingAppeals } from '../../../../src/core/extract/post-clean/closing-appeals.ts';
import { run, STORY, text } from './helpers.ts';

const cleaned = (html: string): string => text(run(closingAppeals, html));
const story = text(run(closingAppeals, STORY));

describe('closing-appeals rule', () => {
  it('drops an appeal box closed by a donate button, title included', () => {
    const box = '<p><b>We need your help</b></p><p>Help us continue to spread the magic of words to readers everywhere</p><p><a href="/contribute/">Donate</a></p>';
    expect(cleaned(STORY + box)).toBe(story);
    expect(cleaned(STORY + '<p><a href="/spenden">Jetzt spenden</a></p>')).toBe(story);
  });

  it('drops only the button when no title opens a box above it', () => {
    const result = cleaned(STORY + '<p><a href="/don">Faire un don</a></p>');
    expect(result).toBe(story);
  });

  it('keeps the story\'s last lines, and the word when it is no button', () => {
    expect(cleaned(STORY + '<p>Donate</p>')).toContain('Donate');
    expect(cleaned(STORY + '<p><a href="/charity">Donate to the charity that runs the road</a></p>')).toContain('Donate to the charity');
    const sentence = '<h2>After the vote</h2><p>The mayor thanked everyone who had written to the council about the road over the years.</p><p><a href="/give">Give</a></p>';
    expect(cleaned(STORY + sentence)).toContain('The mayor thanked everyone');
  });
});
