import { describe, expect, it } from 'vitest';
import { findEntities, type Entity } from '../../../src/core/nlp/entities.ts';

function entities(text: string, title = ''): Entity[] {
  const result = findEntities(text, { title });
  if (!result.supported) throw new Error('expected English to be supported');
  return result.entities;
}
const named = (list: Entity[], type: Entity['type']): string[] => list.filter((e) => e.type === type).map((e) => e.name);
const find = (list: Entity[], name: string): Entity | undefined => list.find((e) => e.name === name);

describe('findEntities', () => {
  it('merges a short name into the full one and counts every mention', () => {
    const text = 'Kim Jong Un inspected a factory on Monday. Kim said the plant would double output. Officials praised Kim for the visit.';
    const list = entities(text);
    const kim = find(list, 'Kim Jong Un');
    expect(kim).toMatchObject({ type: 'person', count: 3, aliases: ['Kim'] });
    expect(kim?.mentions.map(([s, e]) => text.slice(s, e))).toEqual(['Kim Jong Un', 'Kim', 'Kim']);
    expect(named(list, 'person')).not.toContain('Monday');
  });

  it('strips titles and nationality words from a name', () => {
    const text = 'Russian Defence Minister Sergei Shoigu arrived in the capital. Shoigu later met the prime minister.';
    const list = entities(text);
    expect(find(list, 'Sergei Shoigu')).toMatchObject({ type: 'person', count: 2 });
    for (const junk of ['Russian Defence Minister Sergei Shoigu', 'Defence', 'Minister', 'Russian']) expect(named(list, 'person')).not.toContain(junk);
  });

  it('drops the possessive from a place and keeps hyphenated names whole', () => {
    const text = "Moscow's answer came quickly. Jean-Claude Juncker told reporters in Brussels that Moscow had been warned.";
    const list = entities(text);
    expect(find(list, 'Moscow')).toMatchObject({ type: 'place', count: 2 });
    expect(find(list, 'Jean-Claude Juncker')?.type).toBe('person');
    expect(find(list, 'Brussels')?.type).toBe('place');
  });

  it('links an acronym with its spelled-out form, even with a lower-case word inside', () => {
    const text = 'The Korean Central news Agency carried the report. KCNA said talks went well, and KCNA published photographs.';
    const kcna = find(entities(text), 'KCNA');
    expect(kcna).toMatchObject({ type: 'organization', count: 3 });
    expect(kcna?.aliases).toContain('Korean Central news Agency');
  });

  it('does not take weekdays, titles of address or events for people', () => {
    const text = 'On Thursday the leader greeted the respected Comrade Park Min-ho. The country celebrates Victory Day in July.';
    const people = named(entities(text), 'person');
    expect(people).toContain('Park Min-ho');
    for (const junk of ['Thursday', 'Comrade', 'Victory Day', 'Victory', 'July']) expect(people).not.toContain(junk);
  });

  it('counts nationality words as mentions of the country and ranks headline names first', () => {
    const text = 'A Chinese delegation arrived in Hanoi. The Chinese envoy met officials. Anna Berg, a local analyst, said Hanoi expected trade to grow. Berg added more.';
    const list = entities(text, 'China sends envoy to Vietnam');
    expect(find(list, 'China')).toMatchObject({ type: 'place', count: 2, aliases: ['Chinese'] });
    expect(named(list, 'place')[0]).toBe('China');
  });

  it('says entities are not available for Urdu instead of guessing', () => {
    const text = 'وزیر اعظم نے آج اسلام آباد میں ایک اجلاس کی صدارت کی۔ اجلاس میں معیشت پر بات ہوئی۔';
    expect(findEntities(text)).toEqual({ supported: false, reason: 'language', language: 'ur', entities: [] });
    expect(findEntities('Le président a parlé.', { lang: 'fr' }).supported).toBe(false);
  });

  it('strips a title with portfolio words before it and ignores contractions and hyphenated adjectives', () => {
    const text = "Federal Police Commissioner Andrew Colvin spoke first. I'm told We're ready, said a London-based adviser. Colvin left.";
    const list = entities(text);
    expect(find(list, 'Andrew Colvin')).toMatchObject({ type: 'person', count: 2 });
    const names = list.map((e) => e.name);
    for (const junk of ["I'm", "We're", 'London-based', 'Federal Police Commissioner Andrew Colvin']) expect(names).not.toContain(junk);
  });
});
