// Page-derived HTML is rendered only through src/core/html.ts. This keeps every other source file
// off the APIs that turn strings into live markup.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const RAW_HTML = /\.(innerHTML|outerHTML)\s*[+]?=(?!=)|insertAdjacentHTML\s*\(|document\.write(ln)?\s*\(|createContextualFragment\s*\(|srcdoc\s*=/;
const ALLOWED = new Set(['src/core/html.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js)$/.test(name) ? [path] : [];
  });
}

describe('one sanitising helper', () => {
  it('no source file outside src/core/html.ts assigns innerHTML/outerHTML or parses HTML strings into the page', () => {
    const offenders = sourceFiles('src')
      .filter((file) => !ALLOWED.has(file))
      .filter((file) => RAW_HTML.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
  it('the check itself catches an assignment', () => {
    expect(RAW_HTML.test('el.innerHTML = html')).toBe(true);
    expect(RAW_HTML.test('const x = el.innerHTML;')).toBe(false);
  });
});
