// Markup becomes DOM only in src/core/html.ts (sanitizeToFragment; parseInert for reading). Every
// other source file stays off the sinks that turn strings into live DOM or code.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SINKS = [
  /\.innerHTML\s*=(?!=)/,
  /\.outerHTML\s*=(?!=)/,
  /insertAdjacentHTML/,
  /document\.write/,
  /createContextualFragment/,
  /setHTMLUnsafe|parseHTMLUnsafe/,
  /\bnew Function\b/,
  /\beval\s*\(/,
  /setTimeout\(\s*['"`]/,
];
const ALLOWED = new Set(['src/core/html.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|js)$/.test(name) ? [path] : [];
  });
}

describe('no raw HTML sinks outside src/core/html.ts', () => {
  it.each(sourceFiles('src').filter((file) => !ALLOWED.has(file)).map((file) => [file]))('%s', (file) => {
    const source = readFileSync(file, 'utf8');
    expect(SINKS.filter((sink) => sink.test(source)).map(String)).toEqual([]);
  });

  it('the check sees a sink when there is one', () => {
    expect(SINKS.some((sink) => sink.test('el.innerHTML = html;'))).toBe(true);
    expect(SINKS.some((sink) => sink.test('const html = el.innerHTML;'))).toBe(false);
  });
});
