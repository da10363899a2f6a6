import { describe, expect, it } from 'vitest';
import { isBreadcrumb, isBylineLine, isDateline, metaLines } from '../../../../src/core/extract/post-clean/meta-lines.ts';
import { body, run, text } from './helpers.ts';

describe('meta-lines rule', () => {
  it('removes datelines and bylines', () => {
    const html = '<p>By Stefan Becket, Kathryn Watson and Grace Segers</p><p>Published 11:11 PM EST Nov 19, 2019</p><p>Updated: Sat 8:31 PM, Feb 17, 2018</p><p>The story starts here.</p>';
    expect(text(run(metaLines, html))).toBe('The story starts here.');
  });

  it('removes short lines the site names byline or date', () => {
    expect(text(run(metaLines, '<div class="article-byline">Jane Doe, staff</div><p>Story.</p>'))).toBe('Story.');
  });

  it('keeps sentences that contain a date or start with "By"', () => {
    const html = '<p>On Nov 19, 2019 the council voted to close the road.</p><p>By the end of the week, prices had doubled.</p>';
    expect(text(run(metaLines, html))).toBe(html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
    expect(isDateline('Nov. 20, 2019 6:02 AM EST')).toBe(true);
    expect(isDateline('Talks resume Nov. 20, 2019 in Geneva')).toBe(false);
    expect(isBylineLine('By the time we arrived')).toBe(false);
  });

  it('removes category lines, alone or after their date', () => {
    const html = '<p>News date : 05/12/2021 Category : Press Releases</p><div>03.02.2021 09:15 Kategorie: News</div><p>Schlagworte: Energie, Klima</p><p>Story.</p>';
    expect(text(run(metaLines, html))).toBe('Story.');
  });

  it('keeps a spec list item and a sentence that name a category', () => {
    const html = '<ul><li>Category: compact SUV</li></ul><p>The jury said the category: "best debut" was the hardest to judge.</p>';
    expect(text(run(metaLines, html))).toBe('Category: compact SUV The jury said the category: "best debut" was the hardest to judge.');
  });

  it('removes the post meta line that holds the engine\'s category and tag links, in any language', () => {
    const html = '<p>Story.</p><p>Erstellt am Montag 3. März 2019 um 10:15 und abgelegt unter <a href="/c/linux" rel="category tag">Linux</a>, <a href="/c/tut" rel="category tag">Tutorials</a>. Kommentare zu diesem Eintrag im RSS 2.0 Feed.</p>';
    expect(text(run(metaLines, html))).toBe('Story.');
  });

  it('keeps a paragraph whose links are ordinary', () => {
    const html = '<p>The minister <a href="/people/x">Jane Roe</a> said the plan, filed under emergency rules, would pass.</p>';
    expect(text(run(metaLines, html))).toContain('Jane Roe said the plan');
  });
});

describe('breadcrumbs', () => {
  it('removes a trail of linked steps to the page', () => {
    const html = '<p>&gt; <a href="/blog/">Blog</a> &gt; <a href="/blog/laender/">Aus den Ländern</a> &gt; Digitalpolitische Jahrestagung 2015</p><p>Story.</p>';
    expect(text(run(metaLines, html))).toBe('Story.');
  });

  it('keeps arrows in a sentence and a list of unlinked steps', () => {
    const steps = '<p>Preheat › mix › bake › serve</p>';
    expect(text(run(metaLines, steps))).toBe('Preheat › mix › bake › serve');
    const sentence = body('<p>Growth went from 2% &gt; 3% &gt; 5% as <a href="/r">the report</a> shows.</p>').firstElementChild!;
    expect(isBreadcrumb(sentence, 'Growth went from 2% > 3% > 5% as the report shows.')).toBe(false);
  });
});

describe('German date labels', () => {
  it('"Publiziert: 03.04.2020, 12:35" is a dateline', () => {
    expect(isDateline('Publiziert: 03.04.2020, 12:35')).toBe(true);
    expect(isDateline('Stand: 12.01.2022')).toBe(true);
    expect(isDateline('Am 03.04.2020 stand der Zug zwei Stunden still.')).toBe(false);
  });
});
