import { describe, expect, it } from 'vitest';
import { closingBoxes } from '../../../../src/core/extract/post-clean/closing-boxes.ts';
import { run, STORY, text } from './helpers.ts';

const cleaned = (html: string): string => text(run(closingBoxes, html));

describe('closing-boxes rule', () => {
  it('drops a label left closing the article with nothing after it', () => {
    expect(cleaned(STORY + '<section><h4>Autoren:</h4></section>')).toBe(text(run(closingBoxes, STORY)));
    expect(cleaned(STORY + '<p><b>Heute empfehlen wir</b></p>')).toBe(text(run(closingBoxes, STORY)));
  });

  it('keeps a closing sentence, even a short or bold one', () => {
    expect(cleaned(STORY + '<p>That was all.</p>')).toContain('That was all.');
    expect(cleaned(STORY + '<p><b>The road reopens in May.</b></p>')).toContain('The road reopens in May.');
    expect(cleaned(STORY + '<p>See you there</p>')).toContain('See you there');
    // A bold label ending in a colon may introduce the story's own list, lost before this rule.
    expect(cleaned(STORY + '<p><strong>Empfehlungen der Redaktion:</strong></p>')).toContain('Empfehlungen der Redaktion:');
  });

  it('drops a contact card after the story', () => {
    const card = '<p>Kontakt:</p><p>Jan Koch Telefon +49 (0)40 / 49 07 11 06 jan.koch@example.org</p><h2>Ansprechpartnerin zum Thema:</h2><p>Antonia Thiele</p>';
    expect(cleaned(STORY + card)).toBe(text(run(closingBoxes, STORY)));
    const press = '<h3>Media contact</h3><p>Jane Roe, press office</p><p>press@example.com</p>';
    expect(cleaned(STORY + press)).toBe(text(run(closingBoxes, STORY)));
  });

  it('keeps a contact heading followed by prose or by no address or number', () => {
    const prose = '<h2>Contact</h2><p>Nobody at the council would say who had ordered the closure, and the office that handles the works did not answer our questions by phone on Friday.</p>';
    expect(cleaned(STORY + prose)).toContain('Nobody at the council');
    expect(cleaned(STORY + '<h2>Kontakt</h2><p>Das Rathaus, Zimmer 4</p>')).toContain('Das Rathaus');
  });

  it('keeps a last section of the story titled "About …"', () => {
    const section = '<h2>About the harbour</h2><p>The harbour was discussed at length by the council on Tuesday, with residents asking about cost.</p>';
    expect(cleaned(STORY + section)).toContain('The harbour was discussed');
  });
});
