/**
 * Orders entities by importance: how often the article names them, how early it first does, and
 * whether the headline names them. Frequency leads; the other two break near-ties.
 */
import type { Entity } from './entities.ts';

const HEADLINE_BONUS = 3;
const EARLY_BONUS = 2;

export function rankEntities(entities: Entity[], text: string, title: string): Entity[] {
  const headline = ` ${title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const length = Math.max(1, text.length);
  const scored = entities.map((entity) => {
    const forms = [entity.name, ...entity.aliases].map((form) => ` ${form.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `);
    const inHeadline = forms.some((form) => form.trim() !== '' && headline.includes(form));
    const first = entity.mentions[0]?.[0] ?? length;
    const score = entity.count + (inHeadline ? HEADLINE_BONUS : 0) + EARLY_BONUS * (1 - first / length);
    return { entity, score, first };
  });
  scored.sort((a, b) => b.score - a.score || a.first - b.first);
  return scored.map((item) => item.entity);
}
