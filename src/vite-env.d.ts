// Vite turns `import css from './x.css?inline'` into the file's text; tell TypeScript so.
declare module '*.css?inline' {
  const css: string;
  export default css;
}

// Set by scripts/build.js from the environment (PLAINSIGHT_IN_PAGE_EXTRACTION=1): the old in-page
// extraction, built only for bench:huge's same-run comparison.
interface ImportMeta {
  readonly env: { readonly PLAINSIGHT_IN_PAGE_EXTRACTION?: boolean };
}
