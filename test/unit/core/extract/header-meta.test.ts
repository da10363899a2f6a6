import { describe, expect, it } from 'vitest';
import { headerMeta, isReadingTime } from '../../../../src/core/extract/post-clean/header-meta.ts';
import { run, text } from './helpers.ts';

const PROSE = '<p>The city council voted on Tuesday to close the old road to traffic from next spring, after years of complaints about noise.</p>';
const cleaned = (html: string): string => text(run(headerMeta, html));

describe('header-meta rule', () => {
  it('knows reading times in several languages, and only with a reading label', () => {
    for (const line of ['Lesezeit: 2 Minuten', 'weiterlesen 10 Minuten', '5 min read', 'Tempo di lettura: 3 minuti', 'Reading time: 4 min.', 'Temps de lecture : 6 minutes']) {
      expect(isReadingTime(line), line).toBe(true);
    }
    for (const line of ['25 Min.', '10 minutes', 'Backzeit: 25 Minuten', 'Read this in 5 minutes and you will know why the road closed']) {
      expect(isReadingTime(line), line).toBe(false);
    }
    expect(cleaned('<p>Lesezeit: 2 Minuten</p>' + PROSE)).toBe(text(run(headerMeta, PROSE)));
  });

  it('drops a timestamp standing between blocks, not one inside a line', () => {
    expect(cleaned(PROSE + '<time datetime="2020-04-03">Publiziert: 03.04.2020, 12:35</time>')).toBe(text(run(headerMeta, PROSE)));
    expect(cleaned('<p>On <time>March 3</time>, the council met.</p>')).toContain('March 3');
    expect(cleaned('<div>Updated <time>March 3, 2020</time> by the desk</div>')).toContain('March 3, 2020');
    expect(cleaned(PROSE + '<time>Tuesday evening in the town hall</time>')).toContain('Tuesday evening');
  });
});
