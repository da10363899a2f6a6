import { describe, expect, it } from 'vitest';
import { findEntities, type Entity } from '../../../src/core/nlp/entities.ts';
import { isTownOrCity } from '../../../src/core/nlp/places.ts';

function entities(text: string): Entity[] {
  const result = findEntities(text);
  if (!result.supported) throw new Error('expected English to be supported');
  return result.entities;
}
const typeOf = (list: Entity[], name: string): string | undefined => list.find((e) => e.name === name)?.type;

describe('places the lexicon does not know', () => {
  it('knows towns and cities from the gazetteer', () => {
    expect(isTownOrCity('bangui')).toBe(true);
    expect(isTownOrCity('hobart')).toBe(true);
    expect(isTownOrCity('minister')).toBe(false);
  });

  it('types an unknown town as a place rather than guessing an organisation', () => {
    const text = 'Soldiers patrolled Bangui on Tuesday after a night of looting. Shops in the capital stayed shut, and Bangui residents queued for water.';
    expect(typeOf(entities(text), 'Bangui')).toBe('place');
  });

  it('reads a dateline as the place the report was filed from', () => {
    const text = 'HOBART 1996-08-30\nThe state government announced new funding for hospitals on Friday, the health minister said.';
    expect(typeOf(entities(text), 'HOBART')).toBe('place');
  });
});

describe('sports reports', () => {
  it('takes a city named on its own as its club', () => {
    const text = [
      'Milan beat Parma 2-0 in the league on Sunday, and the coach praised his striker.',
      'Parma stay fourth in the standings this season, and Milan lead by three points.',
    ].join('\n');
    const list = entities(text);
    expect(typeOf(list, 'Parma')).toBe('organization');
    expect(list.find((e) => e.name === 'Milan')?.type).toBe('organization');
  });

  it('leaves cities as places in a report that is not about sport', () => {
    const text = 'Prices rose in Milan and Parma last month, the statistics office said. Milan recorded the sharpest increase.';
    const list = entities(text);
    expect(typeOf(list, 'Milan')).toBe('place');
  });
});

describe('general news lists', () => {
  it('knows former country names and agency abbreviations of US states', () => {
    const list = entities('Refugees crossed from Zaire into Rwanda on Friday. The company is based in Santa Fe, N.M., and employs 300 people.');
    expect(typeOf(list, 'Zaire')).toBe('place');
    expect(typeOf(list, 'N.M.')).toBe('place');
  });

  it('takes a wire service desk or newsroom as an organisation', () => {
    const list = entities('Traders said prices were steady. For more, contact the London Newsroom on +44 20 7542 7658.');
    expect(typeOf(list, 'London Newsroom')).toBe('organization');
  });
});

describe('people in lists and scorecards', () => {
  it('keeps a person with an initial a person even where a bowling line looks like a table row', () => {
    const text = 'Bowling: S. Warne 10 2 35 1, G. McGrath 8 1 30 2.\nWarne 12 3 41 0\nWarne took one wicket before lunch.';
    expect(typeOf(entities(text), 'S. Warne')).toBe('person');
  });

  it('reads places in capitals whose first word is ordinary, and drops descriptions before a first name', () => {
    const list = entities('NEW ORLEANS 1996-12-01\nQueenslander Daniel Herbert scored twice, the coach said.');
    expect(typeOf(list, 'NEW ORLEANS')).toBe('place');
    expect(typeOf(list, 'Daniel Herbert')).toBe('person');
  });
});

describe('names that are also towns', () => {
  it('reads a lone given name as the person the text names in full', () => {
    const text = 'CRICKET - LARA OUT AGAIN\nWest Indies batsman Brian Lara was out for 12 in the match on Friday. Lara has struggled all season, the coach said.';
    const list = entities(text);
    expect(list.find((e) => e.aliases.includes('Lara') || e.name === 'Lara')?.type).toBe('person');
  });
});

describe('scorecards and names with nationality-like endings', () => {
  it('keeps the initial of a batsman at the start of a scorecard line', () => {
    const text = 'West Indies innings:\nC. Hooper c Healy b Warne 27\nS. Chanderpaul not out 41\nCarl Hooper batted well, the captain said.';
    const list = entities(text);
    expect(list.map((e) => e.name)).toContain('C. Hooper');
    expect(list.map((e) => e.name)).not.toContain('. Hooper');
  });

  it('reads "Campese said" as a person and "Zairean troops" as no name', () => {
    const list = entities('Zairean troops left the town on Monday. Campese said the team would recover, and Campese later scored twice.');
    expect(typeOf(list, 'Campese')).toBe('person');
    // Before a verb the name is kept, not read as an adjective (its type is then a guess).
    expect(entities('The selectors confirmed that Campese has been dropped, and Campese has not been told why.').map((e) => e.name)).toContain('Campese');
    expect(list.map((e) => e.name)).not.toContain('Zairean');
  });
});

describe('acronyms in brackets and given names before place words', () => {
  it('takes capitals in brackets after a name as its acronym even when they spell a word', () => {
    const list = entities('She rejoined the far-right National Alliance ( AN ) on Friday. The AN leader welcomed her back.');
    expect(typeOf(list, 'AN')).toBe('organization');
  });

  it('reads a given name before a place word as a person', () => {
    const list = entities('Australia coach Geoff Marsh named his side on Friday, and the selectors agreed.');
    expect(typeOf(list, 'Geoff Marsh')).toBe('person');
  });
});

describe('fixtures and club brackets', () => {
  it('lists sides named only at the start of fixture lines and clubs in brackets after a player', () => {
    const text = 'Fiorentina ( 10 ) v Perugia ( 8 ) 1330\nLeading scorers :\n7 - Ally McCoist ( Rangers ) , Dean Windass ( Aberdeen )';
    const list = entities(text);
    expect(typeOf(list, 'Fiorentina')).toBe('organization');
    expect(typeOf(list, 'Rangers')).toBe('organization');
  });
});

describe('lone guesses', () => {
  it('does not list a single unknown capitalised word named once, but does when it recurs', () => {
    expect(entities('Prices for Select grade cattle were steady on Monday.').map((e) => e.name)).not.toContain('Select');
    expect(entities('Shares in Zorvex rose on Monday. Analysts said Zorvex had beaten forecasts.').map((e) => e.name)).toContain('Zorvex');
  });
});
