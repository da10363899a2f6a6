import { describe, expect, it } from 'vitest';
import { SUGGESTED_SITES, isValidSitePattern, patternMatchesUrl } from '../../../../src/core/settings/index.ts';

describe('suggested news sites', () => {
  it('are valid, normalised whole-site patterns', () => {
    for (const site of SUGGESTED_SITES) {
      expect(isValidSitePattern(site.pattern), site.pattern).toBe(true);
      expect(site.pattern).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\/\*$/);
      expect(site.name.trim()).toBe(site.name);
      expect(site.name.length).toBeGreaterThan(1);
    }
  });
  it('repeat neither a name nor a pattern, and no pattern covers another', () => {
    const names = SUGGESTED_SITES.map((site) => site.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const a of SUGGESTED_SITES) {
      for (const b of SUGGESTED_SITES) {
        if (a === b) continue;
        const bHost = b.pattern.slice('*://*.'.length, -2);
        expect(patternMatchesUrl(a.pattern, `https://${bHost}/`), `${a.pattern} covers ${b.pattern}`).toBe(false);
      }
    }
  });
  it('include the sites the issue names', () => {
    const names = SUGGESTED_SITES.map((site) => site.name).join('|');
    for (const name of ['UrduPoint', 'Dawn', 'The News', 'Express Tribune', 'Geo', 'BBC', 'Reuters', 'AP', 'Al Jazeera', 'The Guardian', 'CNN', 'The New York Times']) {
      expect(names).toContain(name);
    }
  });
});
