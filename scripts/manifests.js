// Per-browser manifests derived from the one manifest.json at the top of the repo.

/** Chrome: a service worker; it has no use for Firefox's settings block. */
export function chromeManifest(manifest, version) {
  const { browser_specific_settings: _firefoxOnly, ...rest } = structuredClone(manifest);
  rest.version = version;
  delete rest.background.scripts;
  return rest;
}

/**
 * Firefox: an event page (`background.scripts`); it ignores `service_worker` with a warning, and
 * has no `offscreen` permission (its event page has a DOM, background/extractor.ts).
 * It has no `use_dynamic_url` (web-ext lint warns of the unknown key) and needs none: its
 * moz-extension:// host is a random id per install, so a page cannot probe a fixed font URL.
 */
export function firefoxManifest(manifest, version) {
  const copy = structuredClone(manifest);
  copy.version = version;
  delete copy.background.service_worker;
  for (const entry of copy.web_accessible_resources ?? []) delete entry.use_dynamic_url;
  // Chrome's offscreen documents only: Firefox's event page parses page copies itself.
  copy.permissions = copy.permissions.filter((permission) => permission !== 'offscreen');
  return copy;
}
