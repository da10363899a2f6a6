/** `cli entities [FILE...]`: the people, places and organisations of each input, as JSON lines. */
import { findEntities } from '../core/nlp/entities.ts';
import { runOverInputs } from './nlp-input.ts';

export function runEntities(files: string[]): Promise<number> {
  return runOverInputs(files, ({ text, title, lang }) => {
    const result = findEntities(text, { title, lang });
    const entities = result.entities.map(({ name, type, count, aliases, mentions }) => ({ name, type, count, aliases, mentions }));
    // The language the finder decided on, so a reader can see why a page got no names.
    return result.supported ? { language: result.language, entities } : { language: result.language, entities, unsupported: 'entities are not available for this language' };
  });
}
