import { describe, expect, it } from 'vitest';
import { namedFurniture } from '../../../../src/core/extract/post-clean/named-furniture.ts';
import { run, text } from './helpers.ts';

describe('named-furniture rule', () => {
  it("drops the author's bio box and the post's meta footer, named by the site", () => {
    const html = [
      '<p>Story.</p>',
      '<div class="post-author-bio"><p>Jule Radeck studied sports science before moving to Hamburg.</p></div>',
      '<div class="TestReport__AuthorBox"><blockquote>Inga is head of community.</blockquote></div>',
      '<footer class="entry-footer"><span class="tags-links">Tagged: <a href="/t/a">health</a></span></footer>',
      '<div class="entry-utility">This entry was posted in <a href="/c">General</a>.</div>',
    ].join('');
    expect(text(run(namedFurniture, html))).toBe('Story.');
  });

  it('keeps a long block whatever its name, and names that only contain the words', () => {
    const long = '<p>' + 'The story goes on with more reporting from the scene. '.repeat(30) + '</p>';
    const html = `<div class="author-info">${long}</div><div class="authority-statement">The authority said no.</div>`;
    const out = text(run(namedFurniture, html));
    expect(out).toContain('The story goes on');
    expect(out).toContain('The authority said no.');
  });

  it('drops newsletter boxes, related-posts boxes and comment-form notes named so, whatever their words', () => {
    const html = [
      '<p>The council met on Monday and voted on the new budget for the coming year.</p>',
      '<p id="newsletter-teaser"><em>Keine Neuigkeiten mehr verpassen: jetzt kostenlos anmelden.</em></p>',
      '<div class="c-newsletterbox"><div>Verpasse keine News mehr</div></div>',
      '<section class="related-posts"><h2>Ähnliche Beiträge</h2></section>',
      '<p class="akismet_comment_form_privacy_notice">Diese Website verwendet Akismet, um Spam zu reduzieren.</p>',
      '<div class="postmetadata">Erstellt am Dienstag und abgelegt unter Linux.</div>',
      '<section id="banner-signup"><p>Jetzt für Top-News anmelden</p></section>',
    ].join('');
    expect(text(run(namedFurniture, html))).not.toContain('Verarbeitung');
    expect(text(run(namedFurniture, html))).toContain('The council met');
  });

  it('keeps a short story whose wrapper happens to be named newsletter', () => {
    const html = '<div class="newsletter-content"><p>The council met on Monday and voted on the new budget.</p></div><p class="signupcount">Short.</p>';
    expect(text(run(namedFurniture, html))).toBe('The council met on Monday and voted on the new budget. Short.');
  });
  it('keeps the free part of a metered story, named non-paywall, and drops the paywall box after it', () => {
    const html = [
      '<section class="row non-paywall"><p>The lectures start this week. Not everyone who came to study here has found a room.</p></section>',
      '<div class="row paywall"><p>Read this article now! Already a subscriber? Log in.</p></div>',
      '<p>One more line of the story, which the section above does not hold, to keep it under half.</p>',
      '<p>And the last line of the story, with the quote the reporter closed on.</p>',
    ].join('');
    const out = text(run(namedFurniture, html));
    expect(out).toContain('The lectures start this week.');
    expect(out).not.toContain('Already a subscriber');
  });
});

describe('forms left in the article', () => {
  it('drops a short form (its consent wording) and keeps the story', () => {
    const html = '<p>The council met on Monday and voted on the new budget for the coming year. It was passed with a large majority after a long debate.</p><form><fieldset><p>Ich bin mit der Verarbeitung meiner Daten einverstanden. Nach Anmeldung geht mir eine E-Mail zu.</p></fieldset></form>';
    expect(text(run(namedFurniture, html))).not.toContain('Verarbeitung');
    expect(text(run(namedFurniture, html))).toContain('The council met');
  });

  it('keeps a form that wraps the story itself', () => {
    const story = '<p>' + 'The council met on Monday and voted on the new budget. '.repeat(12) + '</p>';
    expect(text(run(namedFurniture, `<form>${story}</form>`))).toContain('The council met');
  });
});

describe('comment sections, tables of contents and navigation', () => {
  it('drops short boxes named so and a breadcrumb <nav>, keeps a long one', () => {
    const story = '<p>The council met on Monday and voted on the new budget for the coming year. It was passed with a large majority after a long debate.</p>';
    const html = `<nav><ol><li>Home</li><li>Energie</li></ol></nav>${story}<div id="ez-toc-container"><p>Inhaltsverzeichnis</p></div><div id="kommentare"><p>Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)</p></div>`;
    expect(text(run(namedFurniture, html))).toBe(text(run(namedFurniture, story)));
    const long = '<p>' + 'Readers wrote in with their views on the budget and the debate. '.repeat(20) + '</p>';
    expect(text(run(namedFurniture, `${story}<div class="comments">${long}</div>`))).toContain('Readers wrote in');
  });
});
