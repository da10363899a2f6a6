/**
 * Whether hiding a picked block would hide the article's text: pick mode asks first. The article
 * map's wider "never hide" set (the site's logo, the byline) is not the article: a person may pick
 * the logo without being asked.
 */
import type { ArticleMap } from '../declutter/article-map.ts';

export function holdsArticleText(map: ArticleMap | null, element: Element): boolean {
  const { root, headline } = map ?? {};
  if (!map || !root) return false;
  if (element.contains(root) || (headline && element.contains(headline))) return true;
  return root.contains(element) && map.containsArticle(element);
}
