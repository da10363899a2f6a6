// `npm run try` on a page whose own scripts raise a dialog and a console error at load: result.json
// lists them as the page's, before the click, and the run is still clean; the popup's and the
// extension's events have fields of their own.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { selectedBrowser } from '../harness/launch.ts';
import type { TryEvents } from '../../scripts/try-events.ts';

const run = promisify(execFile);

describe('try command', () => {
  it("keeps the page's own load-time dialog apart from what happened after the click", async () => {
    const out = mkdtempSync(join(tmpdir(), 'plainsight-try-'));
    try {
      await run('npx', ['tsx', 'scripts/try.ts', 'test/fixtures/try/alert-at-load.html', '--mode', 'reader', '--browser', selectedBrowser(), '--out', out], { timeout: 50_000 });
      const result = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')) as TryEvents & { readerOpen: boolean };
      expect(result.readerOpen).toBe(true);
      expect(result.page.beforeClick.dialogs).toEqual(['page says hello at load']);
      expect(result.page.beforeClick.consoleErrors.join('\n')).toContain('page error at load');
      expect(result.page.afterClick.dialogs).toEqual([]);
      expect(result.page.afterClick.consoleErrors).toEqual([]);
      expect(result.popup).toEqual(expect.objectContaining({ dialogs: [], consoleErrors: [] }));
      expect(result.extension).toEqual(expect.objectContaining({ dialogs: [], consoleErrors: [] }));
      expect(result.problems).toEqual([]);
      expect(result.clean).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
