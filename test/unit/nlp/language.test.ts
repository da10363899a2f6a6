import { describe, expect, it } from 'vitest';
import { declaredBase, detectLanguage } from '../../../src/core/nlp/language.ts';
import { findEntities } from '../../../src/core/nlp/entities.ts';

// Written for this test in the style of wire results pages: names and numbers, few function words.
const RESULTS_TABLE = [
  'SOCCER - ENGLISH PREMIER LEAGUE RESULTS .',
  'LONDON 1996-08-24',
  'Results of English premier league matches on Saturday :',
  'Arsenal 2 Leeds 0',
  'Chelsea 1 Everton 1',
  'Standings ( tabulate under played , won , drawn , lost , goals for , against , points ) :',
  'Newcastle 3 3 0 0 7 2 9',
  'Liverpool 3 2 1 0 6 3 7',
].join('\n');

describe('detectLanguage', () => {
  it('reads results tables and market reports as English', () => {
    expect(detectLanguage(RESULTS_TABLE)).toEqual({ language: 'en', source: 'text' });
    expect(detectLanguage('Brent crude futures rose 40 cents to $21.30 a barrel in London trading on Monday.').language).toBe('en');
  });

  it('lets the text overrule a wrong declaration when it is clear', () => {
    const english = 'The prime minister said on Monday that the government would raise spending on schools and hospitals next year, and that taxes would not go up before the election.';
    expect(detectLanguage(english, 'fr')).toEqual({ language: 'en', source: 'text' });
    const urdu = 'وزیر اعظم نے آج اسلام آباد میں ایک اجلاس کی صدارت کی۔ اجلاس میں معیشت پر بات ہوئی۔';
    expect(detectLanguage(urdu, 'en').language).toBe('ur');
  });

  it('follows the declaration when the text fits it about as well (names and numbers only)', () => {
    expect(detectLanguage('Liverpool 2 Chelsea 1', 'en')).toEqual({ language: 'en', source: 'declared' });
    expect(detectLanguage('Liverpool 2 Chelsea 1').language).not.toBe('en');
  });

  it('tells German, French and Spanish news apart', () => {
    expect(detectLanguage('Die Bundesregierung will die Hilfe für die Ukraine ausweiten, sagte der Kanzler am Montag in Berlin.').language).toBe('de');
    expect(detectLanguage("Le président a reçu lundi à l'Élysée le chancelier allemand pour parler de la guerre.").language).toBe('fr');
    expect(detectLanguage('El presidente del Gobierno se reunió este lunes en Madrid con los líderes europeos.').language).toBe('es');
  });

  it('falls back to the declaration, or "und", when there are no letters', () => {
    expect(detectLanguage('12 - 4 , 3 : 1', 'en-GB')).toEqual({ language: 'en', source: 'declared' });
    expect(detectLanguage('')).toEqual({ language: 'und', source: 'none' });
  });

  it('normalises declared codes and ignores malformed ones', () => {
    expect(declaredBase(' EN-gb ')).toBe('en');
    expect(declaredBase('x\u0000')).toBeNull();
    expect(declaredBase(null)).toBeNull();
  });

  it('gives English tables their names', () => {
    const result = findEntities(RESULTS_TABLE);
    expect(result.supported).toBe(true);
    expect(result.entities.map((e) => e.name)).toContain('Arsenal');
  });
});
