import { describe, expect, it } from 'vitest';
import { isValidSitePattern, parseSitePattern, patternMatchesUrl, permissionOrigin, sitePatternForUrl } from '../../../../src/core/settings/index.ts';

describe('parseSitePattern', () => {
  it.each([
    ['urdupoint.com', '*://*.urdupoint.com/*', 'urdupoint.com'],
    ['  UrduPoint.com ', '*://*.urdupoint.com/*', 'urdupoint.com'],
    ['www.dawn.com', '*://*.dawn.com/*', 'dawn.com'],
    ['*.dawn.com', '*://*.dawn.com/*', 'dawn.com'],
    ['https://www.dawn.com/', 'https://www.dawn.com/*', 'dawn.com'],
    ['https://*.dawn.com/*', 'https://*.dawn.com/*', 'dawn.com'],
    ['*://www.thenews.com.pk/latest/*', '*://www.thenews.com.pk/latest/*', 'www.thenews.com.pk/latest/*'],
    ['127.0.0.1', '*://127.0.0.1/*', '127.0.0.1'],
    ['http://127.0.0.1/*', 'http://127.0.0.1/*', '127.0.0.1'],
    ['localhost', '*://localhost/*', 'localhost'],
    ['bücher.de', '*://*.xn--bcher-kva.de/*', 'xn--bcher-kva.de'],
  ])('accepts %s as %s', (input, pattern, label) => {
    expect(parseSitePattern(input)).toEqual({ ok: true, pattern, label });
  });

  it.each([
    ['', 'empty'],
    ['dawn .com', 'spaces'],
    ['<all_urls>', 'too-broad'],
    ['*', 'too-broad'],
    ['*://*/*', 'too-broad'],
    ['*.com', 'too-broad'],
    ['*.co.uk', 'too-broad'],
    ['ftp://dawn.com/*', 'scheme'],
    ['file:///home/*', 'scheme'],
    ['dawn.com:8080', 'port'],
    ['https://www.dawn.com/news/1779201', 'one-page'],
    ['da*wn.com', 'wildcard-position'],
    ['www.*.com', 'wildcard-position'],
    ['dawn', 'no-dot'],
    ['-dawn.com', 'bad-host'],
    ['dawn..com', 'bad-host'],
    ['da_wn.com', 'bad-host'],
  ])('refuses %j with %s', (input, error) => {
    const result = parseSitePattern(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe(error);
  });

  it('suggests the fix when there is an obvious one', () => {
    expect(parseSitePattern('dawn.com:8080')).toMatchObject({ suggestion: 'dawn.com' });
    expect(parseSitePattern('https://www.dawn.com/news/1779201')).toMatchObject({ suggestion: 'dawn.com' });
    expect(parseSitePattern('dawn')).toMatchObject({ suggestion: 'dawn.com' });
  });

  it('knows normalised patterns from raw input', () => {
    expect(isValidSitePattern('*://*.dawn.com/*')).toBe(true);
    expect(isValidSitePattern('dawn.com')).toBe(false);
  });
});

describe('patternMatchesUrl', () => {
  it('covers the site and its subdomains, on any port, both schemes', () => {
    const pattern = '*://*.urdupoint.com/*';
    expect(patternMatchesUrl(pattern, 'https://www.urdupoint.com/en/world/x.html')).toBe(true);
    expect(patternMatchesUrl(pattern, 'http://urdupoint.com/')).toBe(true);
    expect(patternMatchesUrl(pattern, 'https://urdupoint.com.evil.example/')).toBe(false);
    expect(patternMatchesUrl(pattern, 'https://noturdupoint.com/')).toBe(false);
    expect(patternMatchesUrl('*://127.0.0.1/*', 'http://127.0.0.1:43123/a/b.html')).toBe(true);
    expect(patternMatchesUrl('*://127.0.0.1/*', 'file:///a/b.html')).toBe(false);
  });
  it('honours scheme and path', () => {
    expect(patternMatchesUrl('https://www.dawn.com/news/*', 'https://www.dawn.com/news/1')).toBe(true);
    expect(patternMatchesUrl('https://www.dawn.com/news/*', 'https://www.dawn.com/sport/1')).toBe(false);
    expect(patternMatchesUrl('https://www.dawn.com/*', 'http://www.dawn.com/')).toBe(false);
  });
});

describe('permissionOrigin and sitePatternForUrl', () => {
  it('asks for the whole host', () => {
    expect(permissionOrigin('https://www.dawn.com/news/*')).toBe('https://www.dawn.com/*');
    expect(permissionOrigin('*://*.dawn.com/*')).toBe('*://*.dawn.com/*');
  });
  it('gives the whole-site pattern of a page', () => {
    expect(sitePatternForUrl('https://www.urdupoint.com/en/world/kim.html')).toMatchObject({ ok: true, pattern: '*://*.urdupoint.com/*' });
    expect(sitePatternForUrl('http://127.0.0.1:5173/x')).toMatchObject({ ok: true, pattern: '*://127.0.0.1/*' });
    expect(sitePatternForUrl('chrome://extensions')).toBeNull();
    expect(sitePatternForUrl(undefined)).toBeNull();
  });
});
