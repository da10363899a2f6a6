/**
 * News sites offered on the options page for auto-clean, as data. Each pattern covers the whole
 * site (every subdomain), and a unit test checks every one is a valid, normalised pattern and that
 * none repeats. Add a site by adding a line.
 */

export interface SuggestedSite {
  /** The name people know the site by. */
  name: string;
  pattern: string;
}

export const SUGGESTED_SITES: readonly SuggestedSite[] = [
  { name: 'UrduPoint', pattern: '*://*.urdupoint.com/*' },
  { name: 'Dawn', pattern: '*://*.dawn.com/*' },
  { name: 'The News International', pattern: '*://*.thenews.com.pk/*' },
  { name: 'The Express Tribune', pattern: '*://*.tribune.com.pk/*' },
  { name: 'Geo News', pattern: '*://*.geo.tv/*' },
  { name: 'Business Recorder', pattern: '*://*.brecorder.com/*' },
  { name: 'BBC', pattern: '*://*.bbc.com/*' },
  { name: 'BBC (UK)', pattern: '*://*.bbc.co.uk/*' },
  { name: 'Reuters', pattern: '*://*.reuters.com/*' },
  { name: 'AP News', pattern: '*://*.apnews.com/*' },
  { name: 'Al Jazeera', pattern: '*://*.aljazeera.com/*' },
  { name: 'The Guardian', pattern: '*://*.theguardian.com/*' },
  { name: 'CNN', pattern: '*://*.cnn.com/*' },
  { name: 'The New York Times', pattern: '*://*.nytimes.com/*' },
  { name: 'The Washington Post', pattern: '*://*.washingtonpost.com/*' },
  { name: 'NPR', pattern: '*://*.npr.org/*' },
  { name: 'Deutsche Welle', pattern: '*://*.dw.com/*' },
  { name: 'France 24', pattern: '*://*.france24.com/*' },
];
