// The command line takes the same path a person does: `npm run try -- PAGE --mode pick --target CSS
// --locale ur` picks the block at the centre of CSS in pick mode, with the browser's interface in
// Urdu, reloads, declutters again and says whether that block is hidden again.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { selectedBrowser } from '../harness/launch.ts';

const run = promisify(execFile);

interface PickResult {
  locale: string;
  uiLanguage: string;
  popupText: string;
  pick: { picked: { tag: string; preview: string } | null; selector: string | null; hint: string; afterReload: { matches: number; allHidden: boolean; sameBlockHidden: boolean } | null };
}

describe('npm run try -- --mode pick', () => {
  it('records the saved selector and that the same block is hidden after a reload, in Urdu', async () => {
    const out = mkdtempSync(join(tmpdir(), 'plainsight-try-'));
    try {
      const page = 'test/fixtures/pages/urdupoint-kim-shoigu/source.html';
      const args = ['tsx', 'scripts/try.ts', page, '--mode', 'pick', '--target', '.logo', '--locale', 'ur', '--browser', selectedBrowser(), '--out', out];
      await run('npx', args, { timeout: 120_000 });
      const result = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')) as PickResult;
      expect(result.locale).toBe('ur');
      expect(result.uiLanguage).toMatch(/^ur/);
      expect(result.popupText).toContain('کچھ اور چھپائیں…');
      // The site's logo: declutter keeps it, so only the saved selector can hide it after the reload.
      expect(result.pick.picked).toMatchObject({ tag: 'a', preview: 'UrduPoint.com' });
      expect(result.pick.selector).toBe('a.logo');
      expect(result.pick.hint).toContain('چھپا دیا گیا');
      expect(result.pick.afterReload).toEqual({ matches: 1, allHidden: true, sameBlockHidden: true });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 150_000);

  it('refuses pick mode without a target, with a clear message', async () => {
    const failure = await run('npx', ['tsx', 'scripts/try.ts', 'test/fixtures/pages/urdupoint-kim-shoigu/source.html', '--mode', 'pick'], { timeout: 60_000 }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain('--mode pick needs --target CSS');
  });
});
