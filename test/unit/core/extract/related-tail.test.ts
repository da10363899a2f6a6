import { describe, expect, it } from 'vitest';
import { relatedTail } from '../../../../src/core/extract/post-clean/related-tail.ts';
import { run, STORY, text } from './helpers.ts';

const cleaned = (html: string): string => text(run(relatedTail, html));
const story = text(run(relatedTail, STORY));

describe('related-tail rule', () => {
  it('drops a closing box titled as more of the site, with what follows it', () => {
    expect(cleaned(STORY + '<h3>Weitere Tourentipps in Schweden</h3><p>Dieser Artikel kann Links zu Anbietern enthalten.</p>')).toBe(story);
    expect(cleaned(STORY + '<h2>Mehr zum Thema:</h2>')).toBe(story);
    const cards =
      '<h2>Articles liés</h2><p>Intervenant à l’atelier du lycée, Philippe observe tout au long de l’année ses élèves et raconte.</p><p>Par</p><p>Le 05/02/2020</p>';
    expect(cleaned(STORY + cards)).toBe(story);
    expect(cleaned(STORY + '<p><strong>Audios et vidéos sur le sujet</strong></p><p>Imprimer</p>')).toBe(story);
    expect(cleaned(STORY + '<h4>Das könnte Sie auch interessieren</h4><p>Die dümmste aller Theorien</p>')).toBe(story);
  });

  it('keeps a closing section whose title names no other content of the site', () => {
    const recommendations = '<h2>Empfehlungen</h2><p>Die Kommission sollte Fragen der Lagerung in einer eigenen Verordnung regeln, schreiben die Autoren.</p>';
    expect(cleaned(STORY + recommendations)).toContain('Die Kommission sollte');
    const info = '<h2>Weitere Informationen</h2><p>Das Bürgerbüro hilft montags bis freitags weiter.</p>';
    expect(cleaned(STORY + info)).toContain('Das Bürgerbüro hilft');
  });

  it('keeps a sentence that opens like a title, and such a title early in the article', () => {
    expect(cleaned(STORY + '<p>More stories like this one will follow.</p>')).toContain('More stories like this one');
    const early = '<h2>More tips</h2>' + STORY + STORY;
    expect(cleaned(early)).toContain('More tips');
  });
});

describe('related-tail: the site\'s shop', () => {
  it('drops a closing box titled with the site\'s shop', () => {
    const box = '<h3>Empfehlungen aus dem MEIN GARTEN-Shop</h3><p>Besuchen Sie die Webseite um dieses Element zu sehen.</p>';
    expect(cleaned(STORY + box)).toBe(story);
  });
});

describe('related-tail: titles set as plain paragraphs', () => {
  it('reads the title by its words when the site sets it as a plain line', () => {
    expect(cleaned(STORY + '<p>Mehr zu diesem Thema</p><p>Verpasse keine News</p>')).toBe(story);
  });

  it('keeps a plain closing sentence that names more stories', () => {
    expect(cleaned(STORY + '<p>More stories on the road will follow next week.</p>')).toContain('More stories on the road');
  });
});

describe('related-tail: buttons', () => {
  it('keeps what follows a two-word "more" button set as a plain line', () => {
    expect(cleaned(STORY + '<p>mehr Infos</p><p>Du siehst, es ist kein Gesetz, dass du nach Weihnachten zunimmst.</p>')).toContain('Du siehst');
  });
});

describe('related-tail: reference works', () => {
  it('keeps "See also" and "Further reading", and a section titled after the box', () => {
    const seeAlso = '<h2>See also</h2><ul><li><a href="/wiki/Vector_space">Vector space</a></li></ul>';
    expect(cleaned(STORY + seeAlso)).toContain('Vector space');
    expect(cleaned(STORY + '<h2>Further reading</h2><p>Bateman, David, ed. (2005). New Zealand Encyclopedia.</p>')).toContain('Bateman, David');
    const thenReferences = '<h2>More stories</h2><p>Another road closes</p><h2>References</h2><p>Council minutes, 4 March 2020.</p>';
    const result = cleaned(STORY + thenReferences);
    expect(result).not.toContain('Another road closes');
    expect(result).toContain('Council minutes, 4 March 2020.');
  });
});
