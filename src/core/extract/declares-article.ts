/**
 * Whether the page says, in its own metadata, that it is an article: `og:type` article or a
 * schema.org Article type in JSON-LD or microdata. Such a page gets its article even when it is
 * short or link-heavy (a news digest, a photo story), where our looks-like-an-article guess says no.
 */

const ARTICLE_TYPES = /^(?:Article|NewsArticle|BlogPosting|Report|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|ScholarlyArticle|TechArticle|LiveBlogPosting|Review|Recipe|SocialMediaPosting|Posting)$/;

export function declaresArticle(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article' || ogType?.startsWith('article:')) return true;
  for (const el of doc.querySelectorAll('[itemtype]')) {
    const type = el.getAttribute('itemtype')?.split('/').pop() ?? '';
    if (ARTICLE_TYPES.test(type)) return true;
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    for (const match of (script.textContent ?? '').matchAll(/"@type"\s*:\s*(?:\[\s*)?"([^"]+)"/g)) {
      if (ARTICLE_TYPES.test(match[1]!.replace(/^https?:\/\/schema\.org\//, ''))) return true;
    }
  }
  return false;
}
