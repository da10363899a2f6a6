// The options page's colours meet WCAG AA (4.5:1) for text, in its light and its dark theme.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contrast } from '../contrast.ts';

const css = readFileSync('src/options/options.css', 'utf8');

function variables(block: string): Record<string, string> {
  return Object.fromEntries(Array.from(block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})/gi), (match) => [match[1] as string, match[2] as string]));
}

const light = variables(css.split('@media (prefers-color-scheme: dark)')[0] ?? '');
const dark = { ...light, ...variables(css.split('@media (prefers-color-scheme: dark)')[1] ?? '') };

describe.each([['light', light], ['dark', dark]])('options page, %s theme', (_name, colours) => {
  const pairs: [string, string][] = [
    ['fg', 'bg'], ['fg', 'card'], ['muted', 'card'], ['muted', 'bg'], ['error', 'card'], ['error', 'bg'], ['danger', 'card'],
    ['accent-fg', 'accent'], ['danger-fg', 'danger'],
  ];
  it.each(pairs)('%s on %s is at least 4.5:1', (text, background) => {
    expect(colours[text], text).toBeDefined();
    expect(contrast(colours[text] as string, colours[background] as string)).toBeGreaterThanOrEqual(4.5);
  });
  it('focus ring stands out from the card (3:1)', () => {
    expect(contrast(colours['focus'] as string, colours['card'] as string)).toBeGreaterThanOrEqual(3);
  });
});
