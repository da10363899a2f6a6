import { describe, expect, it } from 'vitest';
import { closingNotes } from '../../../../src/core/extract/post-clean/closing-notes.ts';
import { run, STORY, text } from './helpers.ts';

describe('closing-notes rule', () => {
  it('drops a bold note closing the article that sends the reader to the site', () => {
    const note = '<p><b>Über 20.000 Traumjobs warten nur auf dich in der <a href="/jobs/">Jobbörse</a>. Gleich reinschauen und entdecken!</b></p>';
    const out = text(run(closingNotes, `${STORY}<hr>${note}`));
    expect(out).toContain('ring road');
    expect(out).not.toContain('Traumjobs');
  });

  it('drops an italic advertising note with an address to write to, before a closing credit', () => {
    const note = '<p><em>Advertise with the most visited news site. Your content is delivered instantly. Contact us at ads@news.example or call us.</em></p>';
    const out = run(closingNotes, `${STORY}${note}<figcaption>© 2022, News Example.</figcaption>`);
    expect(text(out)).not.toContain('Advertise');
    expect(text(out)).toContain('© 2022');
  });

  it('keeps the story’s last paragraph in plain type, and an emphasised line with nothing to click', () => {
    const plain = '<p>Let us know what you think, and read <a href="/more">our other post</a> on the topic.</p>';
    expect(text(run(closingNotes, `${STORY}${plain}`))).toContain('Let us know');
    const quote = '<p><i>“You never know what the river will bring,” she said.</i></p>';
    expect(text(run(closingNotes, `${STORY}${quote}`))).toContain('river will bring');
  });

  it('keeps an emphasised note in the middle of the story, and one that does not speak to the reader', () => {
    const middle = `<p><b>Read the council’s plan <a href="/plan">here</a> if you live nearby.</b></p>${STORY}`;
    expect(text(run(closingNotes, middle))).toContain('council’s plan');
    const report = '<p><em>The report was published by the <a href="/ministry">ministry</a> on Monday.</em></p>';
    expect(text(run(closingNotes, `${STORY}${report}`))).toContain('ministry');
  });

  it('never empties the article', () => {
    const note = '<p><b>Find your next job in <a href="/jobs/">our job board</a>!</b></p>';
    expect(text(run(closingNotes, note))).toContain('job board');
  });
});
