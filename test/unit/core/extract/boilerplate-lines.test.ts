import { describe, expect, it } from 'vitest';
import { boilerplateLines, isBoilerplateLine, isCitationNote, isFooterLinksRow, isRightsLine } from '../../../../src/core/extract/post-clean/boilerplate-lines.ts';
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

  it('reads a label followed by its own address as the label, and keeps an address with words before it', () => {
    expect(isBoilerplateLine('Permalien https://example.org/p/RPYx')).toBe(true);
    expect(isBoilerplateLine('Permalink: https://example.org/news/2021/story.php')).toBe(true);
    expect(isBoilerplateLine('Full report: https://example.org/report')).toBe(false);
    expect(isBoilerplateLine('https://example.org/permalink')).toBe(false);
  });

  it('normalises punctuation around labels', () => {
    expect(isBoilerplateLine('– Advertisement –')).toBe(true);
    expect(isBoilerplateLine('Comments (12)')).toBe(true);
    expect(isBoilerplateLine('Advertisement revenue')).toBe(false);
  });

  it("removes the site's prompts to share or rate the article, in several languages", () => {
    const html = [
      '<p>Story.</p>',
      '<h4>Artikel gefallen? Vergiss nicht zu teilen!</h4>',
      '<p><strong>Möchten Sie den Artikel teilen?</strong></p>',
      '<div>Diesen Beitrag mit Freunden teilen:</div>',
      '<p>Was this article helpful?</p>',
      '<p>¿Te gustó esta nota? ¡Compártela!</p>',
      '<p>هل أعجبك المقال؟</p>',
    ].join('');
    expect(text(run(boilerplateLines, html))).toBe('Story.');
  });

  it('keeps a how-to heading and a sentence about sharing an article', () => {
    const html = '<h3>How do I share a post on Mastodon?</h3><p>She said she would share the article with her students.</p>';
    expect(text(run(boilerplateLines, html))).toBe('How do I share a post on Mastodon? She said she would share the article with her students.');
  });

  it('removes the offer to save the page as a PDF, not a linked PDF document', () => {
    expect(isBoilerplateLine('Diesen Beitrag als PDF herunterladen')).toBe(true);
    expect(isBoilerplateLine('Download this article as PDF')).toBe(true);
    expect(isBoilerplateLine('Download the full report (PDF, 2 MB)')).toBe(false);
  });
});

describe('rights and licence lines', () => {
  it('removes short licence and all-rights-reserved lines', () => {
    const html = '<p>Story.</p><p>Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE. Die Fotos dürfen nicht verwendet werden.</p><p>© 2021 Example Media. All rights reserved.</p><p>Weiterlesen</p>';
    expect(text(run(boilerplateLines, html))).toBe('Story.');
  });

  it('keeps a report about licences', () => {
    expect(isRightsLine('Creative Commons was founded in 2001 by Lawrence Lessig.')).toBe(false);
    expect(isRightsLine('The museum released 300,000 images under a Creative Commons licence on Tuesday, and researchers welcomed the move as long overdue for a public institution funded by taxes.')).toBe(false);
  });
});

describe('rights lines in German', () => {
  it('removes a site licence note', () => {
    expect(isRightsLine('Sofern nicht anders ausgewiesen, stehen Inhalte dieser Website unter CC-BY')).toBe(true);
  });
});

describe('rows of buttons set as one line', () => {
  it('removes a line whose every part is a furniture label', () => {
    const row = '<p>Story.</p><p><span>Bild anzeigen</span> <span>Bild schließen</span></p><p><a href="#">Imprimer</a><br><a href="#">Imprimer cette page</a></p>';
    expect(text(run(boilerplateLines, row))).toBe('Story.');
  });

  it('keeps a line where one part is not a label', () => {
    const sentence = '<p><span>Share</span> <span>the road with cyclists, the council asks.</span></p>';
    expect(text(run(boilerplateLines, sentence))).toContain('the road with cyclists');
  });
});

describe('citation notes, footer link rows and comment counts', () => {
  it('removes the site\'s note on how to cite the page', () => {
    expect(isCitationNote('SUGGESTED CITATION Sauer, Heiko: Expert*innen in der Krise, VerfBlog, 2020/4/09, https://example.org/expertinnen/.')).toBe(true);
    expect(isCitationNote('Pour citer cet article :')).toBe(true);
    expect(isCitationNote('Diese Folge zitieren: Podcast, Folge 158, 16.08.2019')).toBe(true);
    expect(isCitationNote('Citation needed, the editors wrote in the margin of the draft.')).toBe(false);
    expect(isCitationNote('How to cite a source is something every student learns at school.')).toBe(false);
    expect(isCitationNote('Zitierweise im Fließtext')).toBe(false);
    expect(isCitationNote('Zitierweise: Autor, Titel, Jahr')).toBe(true);
  });

  it('removes a row of footer links, not a row of other short items', () => {
    expect(isFooterLinksRow('IMPRESSUM | DATENSCHUTZ | COPYRIGHT ANDRÉ LOIBL | THIS IS A KANGA PROJECT')).toBe(true);
    expect(isFooterLinksRow('Impressum | Datenschutz')).toBe(true);
    expect(isFooterLinksRow('Berlin | Hamburg | München')).toBe(false);
    expect(isFooterLinksRow('Kontakt')).toBe(false);
    expect(isFooterLinksRow('Privacy | the council says the new cameras will record every driver on the road')).toBe(false);
  });

  it('removes a comment counter, keeps a line with a number that is not one', () => {
    expect(isBoilerplateLine('Kommentare insgesamt: 0')).toBe(true);
    expect(isBoilerplateLine('Comments: 12')).toBe(true);
    expect(isBoilerplateLine('Kommentare von Lesern: 3 davon gelöscht')).toBe(false);
  });
});

describe('rating counters', () => {
  it('removes an empty rating label, in several languages', () => {
    expect(isBoilerplateLine('(Noch keine Bewertungen)')).toBe(true);
    expect(isBoilerplateLine('No ratings yet')).toBe(true);
    expect(isBoilerplateLine('No ratings yet for the new road, the council said.')).toBe(false);
  });
});
