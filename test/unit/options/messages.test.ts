// Every message the extension pages ask for exists in the English messages, with valid names,
// and the manifest's __MSG_ names resolve: a missing one would show its key to the person.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const sources = [...filesUnder('src/options'), ...filesUnder('src/popup'), ...filesUnder('src/content'), 'manifest.json'].map((path) => readFileSync(path, 'utf8')).join('\n');

describe('English messages', () => {
  it('have names browsers accept and non-empty text', () => {
    for (const [name, entry] of Object.entries(messages)) {
      expect(name).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.message.trim()).not.toBe('');
      for (const placeholder of Object.keys(entry.placeholders ?? {})) expect(entry.message.toUpperCase()).toContain(`$${placeholder.toUpperCase()}$`);
    }
  });

  it('contain every key the pages and the manifest use', () => {
    const used = new Set<string>();
    for (const match of sources.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(match[1] as string);
    for (const match of sources.matchAll(/data-i18n(?:-label)?="([A-Za-z0-9_]+)"/g)) used.add(match[1] as string);
    for (const match of sources.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(match[1] as string);
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !(key in messages))).toEqual([]);
  });

  it('explain every site-pattern error', () => {
    const errors = readFileSync('src/core/settings/site-pattern.ts', 'utf8').match(/export type SitePatternError =([^;]+);/)?.[1] ?? '';
    const codes = Array.from(errors.matchAll(/'([a-z-]+)'/g), (match) => match[1] as string);
    expect(codes.length).toBeGreaterThan(5);
    for (const code of codes) expect(messages[`patternError_${code.replace(/-/g, '_')}`], code).toBeDefined();
  });
});
