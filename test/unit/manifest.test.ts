import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { chromeManifest, firefoxManifest } from '../../scripts/manifests.js';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));

describe('manifest', () => {
  it('is Manifest V3 with only the permissions Plainsight needs, and no host permissions at install', () => {
    expect(manifest.manifest_version).toBe(3);
    // `offscreen`: Chrome only (the Firefox manifest drops it), see security/manifest.test.ts.
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'offscreen', 'scripting', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
  });
  it('keeps extension pages under a strict CSP', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });
  it('derives a service-worker manifest for Chrome and an event-page manifest for Firefox', () => {
    const chrome = chromeManifest(manifest, '1.2.3');
    const firefox = firefoxManifest(manifest, '1.2.3');
    expect(chrome.background).toEqual({ service_worker: 'background.js', type: 'module' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.version).toBe('1.2.3');
    expect(firefox.background).toEqual({ scripts: ['background.js'], type: 'module' });
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.background.service_worker).toBe('background.js');
  });
});
