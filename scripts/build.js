// Builds the extension for both browsers from one source: dist/chrome and dist/firefox.
// Pages and the background are ES modules sharing chunks; the content script must be a classic
// script (no imports), so it is a separate self-contained IIFE build.
import { build } from 'vite';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { chromeManifest, firefoxManifest } from './manifests.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = resolve(root, 'src');
// PLAINSIGHT_BUILD_DIR and PLAINSIGHT_IN_PAGE_EXTRACTION=1: bench:huge builds the old in-page
// extraction elsewhere, to measure it beside the shipped path in the same run.
const distDir = resolve(root, process.env.PLAINSIGHT_BUILD_DIR ?? 'dist');
const chromeDir = resolve(distDir, 'chrome');
const firefoxDir = resolve(distDir, 'firefox');
const define = { 'import.meta.env.PLAINSIGHT_IN_PAGE_EXTRACTION': JSON.stringify(process.env.PLAINSIGHT_IN_PAGE_EXTRACTION === '1') };

/** Entry points that are extension pages or the background; each page is an HTML file. */
const PAGE_ENTRIES = {
  popup: resolve(src, 'popup/popup.html'),
  options: resolve(src, 'options/options.html'),
  background: resolve(src, 'background/index.ts'),
  // Chrome's offscreen document, where the service worker has page copies parsed (background/extractor.ts).
  offscreen: resolve(src, 'offscreen/offscreen.html'),
};
/** Content scripts, each built alone as an IIFE. */
const CONTENT_SCRIPTS = {
  content: resolve(src, 'content/index.ts'),
  // Tiny scripts registered before content.js on auto-clean sites, one per mode (background/auto-clean-scripts.ts).
  'auto-clean-reader': resolve(src, 'content/auto-clean-markers/reader.ts'),
  'auto-clean-declutter': resolve(src, 'content/auto-clean-markers/declutter.ts'),
};
/** Reader view's bundled Urdu font (never loaded from the web), with its licence. */
const FONT_DIR = resolve(root, 'node_modules/@fontsource/noto-nastaliq-urdu');
const FONT_FILES = ['arabic-400', 'arabic-700', 'latin-400', 'latin-700'].map((subset) => `noto-nastaliq-urdu-${subset}-normal.woff2`);

const common = { configFile: false, logLevel: 'warn', root: src, define };

await rm(distDir, { recursive: true, force: true });

await build({
  ...common,
  publicDir: resolve(root, 'public'),
  build: {
    outDir: chromeDir,
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    modulePreload: false,
    rolldownOptions: {
      input: PAGE_ENTRIES,
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' },
    },
  },
});

for (const [name, entry] of Object.entries(CONTENT_SCRIPTS)) {
  await build({
    ...common,
    publicDir: false,
    build: {
      outDir: chromeDir,
      emptyOutDir: false,
      minify: false,
      lib: { entry, formats: ['iife'], name: `plainsight_${name.replace(/-/g, "_")}`, fileName: () => `${name}.js` },
    },
  });
}

await mkdir(resolve(chromeDir, 'fonts'), { recursive: true });
for (const file of FONT_FILES) await cp(resolve(FONT_DIR, 'files', file), resolve(chromeDir, 'fonts', file));
await cp(resolve(FONT_DIR, 'LICENSE'), resolve(chromeDir, 'fonts', 'OFL.txt'));

const manifest = JSON.parse(await readFile(resolve(root, 'manifest.json'), 'utf8'));
const version = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8')).version;
await writeFile(resolve(chromeDir, 'manifest.json'), JSON.stringify(chromeManifest(manifest, version), null, 2));
await cp(chromeDir, firefoxDir, { recursive: true });
await writeFile(resolve(firefoxDir, 'manifest.json'), JSON.stringify(firefoxManifest(manifest, version), null, 2));
console.log(`built ${chromeDir} and ${firefoxDir}`);
