// `npm test` on a machine without a browser must stop with one line saying what to do.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { browsersToRun, missingBrowsersMessage } from '../../harness/browser-paths.ts';

const present = process.execPath; // an executable file that surely exists

describe('e2e browser check', () => {
  it('is silent when the browsers are there', () => {
    expect(missingBrowsersMessage(['chromium', 'firefox'], { chromium: present, firefox: present })).toBeNull();
  });

  it('names the missing browser, how to install it, and how to run the other one, on one line', () => {
    const message = missingBrowsersMessage(['chromium', 'firefox'], { chromium: present, firefox: '/nowhere/firefox-esr' }) ?? '';
    expect(message).not.toContain('\n');
    expect(message).toContain('Firefox ESR (not at /nowhere/firefox-esr)');
    expect(message).toContain('apt-get install firefox-esr');
    expect(message).toContain('FIREFOX_PATH=');
    expect(message).toContain('PLAINSIGHT_BROWSER=chromium');
    expect(message).not.toContain('apt-get install chromium');
  });

  it('checks only the browser PLAINSIGHT_BROWSER picks', () => {
    expect(browsersToRun({ PLAINSIGHT_BROWSER: 'chromium' })).toEqual(['chromium']);
    expect(browsersToRun({})).toEqual(['chromium', 'firefox']);
    expect(missingBrowsersMessage(browsersToRun({ PLAINSIGHT_BROWSER: 'chromium' }), { chromium: present, firefox: '/nowhere' })).toBeNull();
  });

  it('stops `npm test` before anything else runs, with status 1 and only that line', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync('npx', ['tsx', 'scripts/check-browsers.ts'], { env: { ...process.env, FIREFOX_PATH: '/nowhere/firefox', PLAINSIGHT_BROWSER: '' }, stdio: 'pipe' });
    } catch (error) {
      status = (error as { status: number }).status;
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('/nowhere/firefox');
  });
});
