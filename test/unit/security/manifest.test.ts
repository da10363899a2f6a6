// Least privilege and a strict CSP, checked on the one manifest and both derived variants.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { chromeManifest, firefoxManifest } from '../../../scripts/manifests.js';

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
};

const source = JSON.parse(readFileSync('manifest.json', 'utf8')) as Manifest;
const variants: [string, Manifest][] = [
  ['manifest.json', source],
  ['chrome', chromeManifest(source, '1.0.0') as Manifest],
  ['firefox', firefoxManifest(source, '1.0.0') as Manifest],
];

/**
 * Every required permission and why (SECURITY.md repeats this). A feature that needs more adds it
 * here with its reason, in the same commit.
 */
const REQUIRED_PERMISSIONS: Record<string, string> = {
  activeTab: 'read the current tab only after the person clicks Plainsight',
  scripting: 'inject the content script on demand into that tab',
  storage: 'keep settings on the device',
  offscreen: "Chrome only: parse a copy of the page in an offscreen document, off the page's thread (the service worker has no DOMParser)",
};
/** Firefox's event page parses page copies itself, so its manifest has no `offscreen`. */
const NOT_IN: Record<string, string[]> = { firefox: ['offscreen'] };

describe('fonts exposed to pages', () => {
  type Exposed = { resources: string[]; use_dynamic_url?: boolean }[];
  it('are reachable in Chrome only through the per-session dynamic URL, so a page cannot probe for Plainsight', () => {
    const entries = chromeManifest(source, '1.0.0').web_accessible_resources as Exposed;
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry.use_dynamic_url).toBe(true);
  });
  it('leave the key out for Firefox, which does not know it (its extension host is random per install)', () => {
    for (const entry of firefoxManifest(source, '1.0.0').web_accessible_resources as Exposed) expect(entry).not.toHaveProperty('use_dynamic_url');
  });
});

describe.each(variants)('%s', (name, manifest) => {
  it('asks for exactly the justified permissions, no host permissions', () => {
    const expected = Object.keys(REQUIRED_PERMISSIONS).filter((permission) => !NOT_IN[name]?.includes(permission));
    expect([...(manifest.permissions ?? [])].sort()).toEqual(expected.sort());
    expect(manifest.host_permissions ?? []).toEqual([]);
    // Optional permissions may only be host access a person grants later (never e.g. tabs, history).
    for (const permission of [...(manifest.optional_permissions ?? []), ...(manifest.optional_host_permissions ?? [])]) {
      expect(permission).toMatch(/^(https?|\*):\/\//);
    }
  });

  it('has no always-on content scripts or outside connections, and exposes only font files to pages', () => {
    expect(manifest['content_scripts']).toBeUndefined();
    expect(manifest['externally_connectable']).toBeUndefined();
    // Reader view's bundled fonts load in the page; nothing that runs (HTML, scripts) is reachable.
    const exposed = ((manifest['web_accessible_resources'] ?? []) as { resources: string[] }[]).flatMap((entry) => entry.resources);
    for (const resource of exposed) expect(resource).toMatch(/\.woff2$/);
  });

  it('keeps a strict CSP on extension pages', () => {
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    const directives = new Map(csp.split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...values]) => [name as string, values]));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-(eval|inline|hashes)|wasm-unsafe-eval|https?:|\*|data:|blob:/);
    expect(manifest.content_security_policy?.sandbox).toBeUndefined();
  });
});
