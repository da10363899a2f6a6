// Per-browser manifests derived from the one manifest.json at the top of the repo.

/** Chrome: a service worker; it has no use for Firefox's settings block. */
export function chromeManifest(manifest, version) {
  const { browser_specific_settings: _firefoxOnly, ...rest } = structuredClone(manifest);
  rest.version = version;
  delete rest.background.scripts;
  return rest;
}

/** Firefox: an event page (`background.scripts`); it ignores `service_worker` with a warning. */
export function firefoxManifest(manifest, version) {
  const copy = structuredClone(manifest);
  copy.version = version;
  delete copy.background.service_worker;
  return copy;
}
