// The architecture in one test: src/core is pure (no browser APIs, imports only core and npm
// packages); entry points (background, content, popup, options) import core and shared, never each other.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ENTRY_POINTS = ['background', 'content', 'popup', 'options', 'offscreen'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** The top-level folder under src/ that each relative import of `file` lands in. */
function importedAreas(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return Array.from(source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"](\.[^'"]+)['"]/gm), (match) => {
    const target = relative(resolve('src'), resolve(dirname(file), match[1] ?? ''));
    return target.split(/[\\/]/)[0] ?? '';
  });
}

describe('import boundaries', () => {
  it('keeps src/core pure', () => {
    const offenders = sourceFiles('src/core').flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      const problems = importedAreas(file).filter((area) => area !== 'core').map((area) => `${file} imports ${area}`);
      if (/\b(browser|chrome)\.(runtime|tabs|storage|scripting)\b|webextension-polyfill/.test(source)) problems.push(`${file} uses browser APIs`);
      return problems;
    });
    expect(offenders).toEqual([]);
  });

  it('keeps entry points apart', () => {
    const offenders = ENTRY_POINTS.flatMap((entry) => {
      let files: string[] = [];
      try {
        files = sourceFiles(join('src', entry));
      } catch {
        return [];
      }
      return files.flatMap((file) =>
        importedAreas(file)
          .filter((area) => ENTRY_POINTS.includes(area) && area !== entry)
          .map((area) => `${file} imports ${area}`),
      );
    });
    expect(offenders).toEqual([]);
  });

  it('shared code imports only core and shared', () => {
    const offenders = sourceFiles('src/shared').flatMap((file) =>
      importedAreas(file)
        .filter((area) => area !== 'shared' && area !== 'core')
        .map((area) => `${file} imports ${area}`),
    );
    expect(offenders).toEqual([]);
  });
});
