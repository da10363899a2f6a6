import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { RESTRICTED_MESSAGE_KEYS, restrictedKindOfError, restrictedKindOfUrl } from '../../../src/shared/restricted-pages.ts';

describe('restrictedKindOfUrl', () => {
  it.each([
    ['chrome://extensions/', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['view-source:https://a.example/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'web-store'],
    ['https://chrome.google.com/webstore/category/extensions', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'web-store'],
    ['https://example.org/report.pdf', 'pdf'],
    ['https://example.org/report.PDF?download=1', 'pdf'],
    ['chrome-extension://abc/popup.html', 'extension-page'],
    ['moz-extension://abc/popup.html', 'extension-page'],
  ])('%s is %s', (url, kind) => expect(restrictedKindOfUrl(url)).toBe(kind));

  it('lets ordinary pages and unknown URLs through to the browser', () => {
    expect(restrictedKindOfUrl('https://www.urdupoint.com/en/world/x.html')).toBeNull();
    expect(restrictedKindOfUrl(undefined)).toBeNull();
  });
});

describe('restrictedKindOfError', () => {
  it('reads the browsers’ refusals', () => {
    expect(restrictedKindOfError('Cannot access a chrome:// URL')).toBe('browser-page');
    expect(restrictedKindOfError('The extensions gallery cannot be scripted.')).toBe('web-store');
    expect(restrictedKindOfError('Cannot access contents of url "file:///x.html".')).toBe('file');
    expect(restrictedKindOfError('Missing host permission for the tab')).toBe('unknown');
  });
  it('has a plain message for every kind', () => {
    const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
    for (const key of Object.values(RESTRICTED_MESSAGE_KEYS)) expect(messages[key]?.message.length ?? 0, key).toBeGreaterThan(30);
  });
});
