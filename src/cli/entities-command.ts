/** `cli entities [FILE...]`: the people, places and organisations of each input, as JSON lines. */
import { findEntities } from '../core/nlp/entities.ts';
import { runOverInputs } from './nlp-input.ts';

export function runEntities(files: string[]): Promise<number> {
  return runOverInputs(files, ({ text, title, lang }) => {
    const result = findEntities(text, { title, lang });
    const entities = result.entities.map(({ name, type, count, aliases, mentions }) => ({ name, type, count, aliases, mentions }));
    return result.supported ? { entities } : { entities, unsupported: 'entities are not available for this language' };
  });
}
