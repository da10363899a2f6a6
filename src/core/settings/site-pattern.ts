/**
 * Turns what a person types as a site ("urdupoint.com", "*.dawn.com", a full match pattern, a
 * pasted address) into one match pattern, or says exactly what is wrong. The pattern is what
 * Plainsight asks permission for and registers its content script on, so anything broader than
 * one site is refused.
 */

export type SitePatternError =
  | 'empty'
  | 'spaces'
  | 'too-broad'
  | 'scheme'
  | 'port'
  | 'one-page'
  | 'bad-host'
  | 'wildcard-position'
  | 'no-dot';

export type SitePatternResult =
  | { ok: true; pattern: string; /** The site's name for lists: "dawn.com", "127.0.0.1". */ label: string }
  | { ok: false; error: SitePatternError; /** What to try instead, when there is an obvious fix. */ suggestion?: string };

/** Suffixes under which `*.suffix` would cover many unrelated sites. Not a full public-suffix list: a guard against the common ones. */
const SHARED_SUFFIXES = new Set(['co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'com.pk', 'org.pk', 'gov.pk', 'edu.pk', 'com.au', 'co.in', 'co.jp', 'com.br', 'co.za', 'com.cn', 'github.io', 'blogspot.com']);

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function isIpv4(host: string): boolean {
  const match = IPV4.exec(host);
  return match !== null && match.slice(1).every((part) => Number(part) <= 255);
}

/** Lower-cases and converts international names to the ASCII form browsers match against. */
function asciiHost(host: string): string | null {
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return null;
  }
}

function checkHost(rawHost: string): { ok: true; host: string; wildcard: boolean } | { ok: false; error: SitePatternError; suggestion?: string } {
  if (rawHost === '*' || rawHost === '') return { ok: false, error: 'too-broad' };
  if (/:\d*$/.test(rawHost)) return { ok: false, error: 'port', suggestion: rawHost.replace(/:\d*$/, '') };
  const wildcard = rawHost.startsWith('*.');
  const bare = wildcard ? rawHost.slice(2) : rawHost;
  if (bare.includes('*')) return { ok: false, error: 'wildcard-position' };
  if (isIpv4(bare)) return wildcard ? { ok: false, error: 'wildcard-position' } : { ok: true, host: bare, wildcard: false };
  const host = asciiHost(bare);
  if (!host || host !== host.replace(/[^a-z0-9.-]/g, '') || !host.split('.').every((label) => LABEL.test(label))) return { ok: false, error: 'bad-host' };
  if (host === 'localhost') return { ok: true, host, wildcard: false };
  if (!host.includes('.')) return wildcard ? { ok: false, error: 'too-broad' } : { ok: false, error: 'no-dot', suggestion: `${host}.com` };
  if (wildcard && SHARED_SUFFIXES.has(host)) return { ok: false, error: 'too-broad' };
  return { ok: true, host, wildcard };
}

/** A bare name means the whole site: the name itself, "www." and every other subdomain. */
function wholeSite(host: string): { pattern: string; label: string } {
  if (isIpv4(host) || host === 'localhost') return { pattern: `*://${host}/*`, label: host };
  const name = host.replace(/^www\./, '');
  return { pattern: `*://*.${name}/*`, label: name };
}

/** Validates and normalises one site as typed by a person. */
export function parseSitePattern(input: string): SitePatternResult {
  const text = input.trim().toLowerCase();
  if (text === '') return { ok: false, error: 'empty' };
  if (/\s/.test(text)) return { ok: false, error: 'spaces' };
  if (text === '<all_urls>' || text === '*' || text === '*://*/*') return { ok: false, error: 'too-broad' };

  const schemeMatch = /^([^:/]+):\/\/(.*)$/.exec(text);
  const scheme = schemeMatch ? (schemeMatch[1] as string) : null;
  if (scheme !== null && !['http', 'https', '*'].includes(scheme)) return { ok: false, error: 'scheme' };
  const rest = schemeMatch ? (schemeMatch[2] as string) : text;
  const slash = rest.indexOf('/');
  const rawHost = slash === -1 ? rest : rest.slice(0, slash);
  const path = slash === -1 ? '' : rest.slice(slash);

  const host = checkHost(rawHost);
  if (!host.ok) return host;

  // No path, "/" or "/*": the whole site. A path with "*" is a deliberate part of a site.
  if (path === '' || path === '/' || path === '/*') {
    if (scheme === null || scheme === '*') {
      if (host.wildcard) return { ok: true, pattern: `*://*.${host.host}/*`, label: host.host };
      return { ok: true, ...wholeSite(host.host) };
    }
    const label = host.wildcard ? host.host : host.host.replace(/^www\./, '');
    return { ok: true, pattern: `${scheme}://${host.wildcard ? '*.' : ''}${host.host}/*`, label };
  }
  if (!path.includes('*')) return { ok: false, error: 'one-page', suggestion: host.host.replace(/^www\./, '') };
  const label = `${host.host}${path}`;
  return { ok: true, pattern: `${scheme ?? '*'}://${host.wildcard ? '*.' : ''}${host.host}${path}`, label };
}

/** True when `pattern` is already a normalised pattern `parseSitePattern` would produce unchanged. */
export function isValidSitePattern(pattern: string): boolean {
  const parsed = parseSitePattern(pattern);
  return parsed.ok && parsed.pattern === pattern;
}

/** The origin to ask permission for: match patterns for permissions cover a whole host. */
export function permissionOrigin(pattern: string): string {
  const match = /^([^:]+):\/\/([^/]+)/.exec(pattern);
  return match ? `${match[1]}://${match[2]}/*` : pattern;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `url` is a page `pattern` covers (the browser's match-pattern rules, ports ignored). */
export function patternMatchesUrl(pattern: string, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const match = /^([^:]+):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!match) return false;
  const [, scheme, host, path] = match as unknown as [string, string, string, string];
  const urlScheme = parsed.protocol.slice(0, -1);
  if (scheme === '*' ? !['http', 'https'].includes(urlScheme) : scheme !== urlScheme) return false;
  const hostname = parsed.hostname;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
  } else if (hostname !== host) return false;
  const pathRegex = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return pathRegex.test(parsed.pathname + parsed.search);
}

/** The whole-site pattern for the page at `url` (what the popup's "Always clean this site" adds), or null for non-web pages. */
export function sitePatternForUrl(url: string | undefined): SitePatternResult | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parseSitePattern(parsed.hostname);
  } catch {
    return null;
  }
}
