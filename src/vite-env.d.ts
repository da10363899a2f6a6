// Vite turns `import css from './x.css?inline'` into the file's text; tell TypeScript so.
declare module '*.css?inline' {
  const css: string;
  export default css;
}
