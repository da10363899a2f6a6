/** Types for scripts/manifests.js (plain JS so the build runs without a TypeScript loader). */
export type Manifest = Record<string, any>;
export function chromeManifest(manifest: Manifest, version: string): Manifest;
export function firefoxManifest(manifest: Manifest, version: string): Manifest;
