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

  it('knows the labels in Spanish, German, French, Arabic and Urdu, with the links they lead', () => {
    const html = [
      '<p>Story start.</p>',
      '<p><strong>Lea también:&nbsp;<a href="/a">Impiden ingreso a un reportero</a></strong></p>',
      '<p><em><strong>Auch lesen: </strong></em><a href="/b">Diese 3 Sternzeichen</a></p>',
      '<p>À lire aussi : <a href="/c">La perte des terres fertiles</a></p>',
      '<p>اقرأ أيضا: <a href="/d">الحكومة تعلن عن خطة جديدة للنقل</a></p>',
      '<p><strong>Schon gelesen?</strong></p><blockquote><p><a href="/e">Luftwaffe lässt Piloten in Italien ausbilden</a></p></blockquote>',
      '<h3>Mehr zum Thema auf example.de</h3><ul><li><a href="/f">Auftaktveranstaltung</a></li><li><a href="/g">Zweiter Termin</a></li></ul>',
      '<h3>یہ بھی پڑھیں</h3><ul><li><a href="/h">ایک اور خبر</a></li></ul>',
      '<p>Story end.</p>',
    ].join('');
    expect(text(run(relatedLinks, html))).toBe('Story start. Story end.');
  });

  it('keeps a German sentence that opens with the same words', () => {
    const html = '<p>Mehr zum Thema Energie sagte der Minister am Dienstag nicht, obwohl die Fragen drängten.</p>';
    expect(text(run(relatedLinks, html))).toContain('sagte der Minister');
  });

  it('knows German, Spanish and Urdu box labels, with the links they lead', () => {
    const out = text(run(relatedLinks, '<p>Story.</p><h2>Weitere Artikel</h2><ul><li><a href="/a">One story</a></li><li><a href="/b">Two stories</a></li></ul><p>Le puede interesar: <a href="/c">Otra nota del sitio</a></p>'));
    expect(out).toBe('Story.');
  });
});

describe('a closing label followed by teaser cards', () => {
  const story = '<p>' + 'The council met on Monday and voted on the budget for the coming year. '.repeat(6) + '</p>';
  it('drops the label and the cards when they are short and link to one site', () => {
    const cards = '<div><h3>Übersicht zu den Sperrfristen</h3><p>Welche Sperrfrist ist wo einzuhalten? Ein Überblick …</p><a href="/news/1">mehr</a></div><div><h3>Neue Düngeverordnung</h3><p>Was sich ändert.</p><a href="/news/2">mehr</a></div>';
    const out = text(run(relatedLinks, `${story}<h2>Mehr zum Thema</h2>${cards}`));
    expect(out).toContain('The council met');
    expect(out).not.toContain('Mehr zum Thema');
    expect(out).not.toContain('Sperrfristen');
  });

  it('keeps a closing section of prose, and sources on several sites', () => {
    const prose = '<p>' + 'Die Kammer berät die Betriebe vor Ort und beantwortet Fragen zu den Fristen. '.repeat(4) + '<a href="/kontakt">Kontakt</a></p>';
    expect(text(run(relatedLinks, `${story}<h2>Mehr zum Thema</h2>${prose}`))).toContain('Die Kammer berät');
    const sources = '<p><a href="https://a.example/x">Study A</a> found this.</p><p><a href="https://b.example/y">Study B</a> found that.</p>';
    expect(text(run(relatedLinks, `${story}<h2>Further reading</h2>${sources}`))).toContain('Study A');
  });
});

describe('a label over its links, and the Spanish "Mira:"', () => {
  const STORY = '<p>The council voted on Tuesday to close the old road to traffic from next spring, after years of complaints.</p>';

  it('drops "Siehe auch" with the links under it, and a "MIRA:" teaser line', () => {
    const seeAlso = '<p>Siehe auch<br><a href="/a.html">Die dümmste aller Theorien</a><br><a href="/b.html">Immer mehr Verschwörungen</a></p>';
    expect(text(run(relatedLinks, STORY + seeAlso))).toBe(text(run(relatedLinks, STORY)));
    const mira = '<h3>MIRA: <a href="/madre.html">Madre se acerca a conocer los motivos de captura de su hijo</a></h3>';
    expect(text(run(relatedLinks, mira + STORY))).toBe(text(run(relatedLinks, STORY)));
  });

  it('keeps a line that only starts with the label and is prose', () => {
    const prose = '<p>Siehe auch<br>die Begründung des Gerichts, die <a href="/urteil.html">hier</a> nachzulesen ist und lange erwartet wurde.</p>';
    expect(text(run(relatedLinks, STORY + prose))).toContain('die Begründung des Gerichts');
    expect(text(run(relatedLinks, '<p>Mira: la ciudad cierra la carretera vieja desde la primavera.</p>'))).toContain('la ciudad cierra');
  });
});

describe('a related box reduced to its title, or titled beside its list', () => {
  it('drops a box whose only text is the label (its links went upstream)', () => {
    const html = '<p>The actor thanked the cast on Sunday.</p><div><p>Related Coverage</p></div><p>He won the award on Monday.</p>';
    expect(text(run(relatedLinks, html))).toBe('The actor thanked the cast on Sunday. He won the award on Monday.');
  });

  it('keeps the label when its box holds a picture or prose', () => {
    const video = '<p>Story.</p><div><h3>Watch</h3><iframe src="https://video.example/embed/1"></iframe></div><p>More story.</p>';
    expect(text(run(relatedLinks, video))).toContain('Watch');
    const prose = '<p>Story.</p><div><h3>Related</h3><p>The two cases are related, officials said on Tuesday.</p></div>';
    expect(text(run(relatedLinks, prose))).toContain('Related');
  });

  it('drops a list of links titled by a span or bare text beside it', () => {
    const html = '<p>Story.</p><section><span>Mehr zum Thema</span><ul><li><a href="/a">Grundwissen Kompost</a></li><li><a href="/b">Kompostbeschleuniger</a></li></ul></section><div>Related stories<ol><li><a href="/c">One</a></li></ol></div>';
    const out = run(relatedLinks, html);
    expect(text(out)).toBe('Story.');
    expect(out.querySelector('ul, ol')).toBeNull();
  });

  it('keeps a list led by an inline sentence, and a list of prose under a label', () => {
    const sentence = '<p>Story.</p><div><span>The council listed three reasons</span><ul><li><a href="/a">Noise</a></li></ul></div>';
    expect(text(run(relatedLinks, sentence))).toContain('Noise');
    const prose = '<div><span>Related</span><ul><li>Both cases were filed in March and heard by the same judge on Friday.</li></ul></div>';
    expect(text(run(relatedLinks, prose))).toContain('same judge');
  });
});

describe('labels in the languages the set holds few of', () => {
  it('lead their links in Italian, Portuguese, Dutch, Polish, Russian, Turkish and Chinese', () => {
    const html = [
      '<p>Story start.</p>',
      '<p>Articoli correlati: <a href="/a">Il governo approva la manovra</a></p>',
      '<p>Leia também: <a href="/b">Governo anuncia novo plano</a></p>',
      '<p>Lees ook: <a href="/c">Kabinet presenteert begroting</a></p>',
      '<p>Czytaj także: <a href="/d">Rząd przyjął budżet</a></p>',
      '<p>Читайте также: <a href="/e">Правительство утвердило бюджет</a></p>',
      '<p>相关阅读：<a href="/f">政府公布新预算</a></p>',
      '<h3>İlgili haberler</h3><ul><li><a href="/g">Bütçe açıklandı</a></li></ul>',
      '<p>Story end.</p>',
    ].join('');
    expect(text(run(relatedLinks, html))).toBe('Story start. Story end.');
  });

  it('leave sentences that open with the same words', () => {
    const html = '<p>Lees ook de brief van de minister, die dinsdag naar de Kamer ging en veel vragen opriep.</p><p>По теме выборов министр ничего не сказал, хотя вопросы были.</p>';
    const out = text(run(relatedLinks, html));
    expect(out).toContain('Lees ook de brief');
    expect(out).toContain('По теме выборов');
  });
});
