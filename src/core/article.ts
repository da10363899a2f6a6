/** What Plainsight knows about one article; produced by `extractArticle`, rendered by reader view and popup. */
export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 when the page said it in a machine-readable form, otherwise the page's own words. */
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl';
  excerpt: string | null;
  /** Readability's cleaned body. Page-derived: render only through `sanitizeToFragment`. */
  contentHtml: string;
  /** Plain text of the body, paragraphs separated by blank lines. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  leadImage: string | null;
}

/** The facts the popup shows: an `Article` without its body. */
export type ArticleFacts = Omit<Article, 'contentHtml' | 'text'>;

export function factsOf(article: Article): ArticleFacts {
  const { contentHtml: _html, text: _text, ...facts } = article;
  return facts;
}
