/**
 * Whether a link's address names another page: not empty, not an anchor on this page, and not an
 * e-mail, phone or script link. Extraction's teaser cards and declutter's same-site promos both ask
 * this before judging where a link leads, so they agree on what counts as a link to a page.
 */
const NOT_A_PAGE = /^(?:mailto|tel|javascript):/i;

export function isPageLink(href: string | null | undefined): href is string {
  const address = href?.trim() ?? '';
  return address !== '' && !address.startsWith('#') && !NOT_A_PAGE.test(address);
}

/**
 * Files a text attaches or cites (documents, sheets, slides, archives): a reference or the
 * article's attachment, never a teaser for another page. Extraction's edge trim and inline
 * teasers and declutter's after-article rule ask the same question.
 */
const DOCUMENT_FILE = /\.(?:pdf|docx?|odt|rtf|xlsx?|ods|pptx?|odp|zip|epub)(?:[?#]|$)/i;

export function isDocumentLink(href: string | null | undefined): boolean {
  return !!href && DOCUMENT_FILE.test(href.trim());
}

/** A link to a picture file: a full-size view of an image, not another page. */
const PICTURE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

export function isPictureLink(href: string | null | undefined): boolean {
  return !!href && PICTURE_FILE.test(href.trim());
}

/** The site a link's address names, without "www." (null for an address that does not parse). */
export function siteHostOf(href: string, base?: string): string | null {
  try {
    return new URL(href, base).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * The page a link names, resolved against `base`: without its fragment and trailing slash, so
 * "/story/", "/story#comments" and the absolute address of the same story compare equal.
 */
export function pageKeyOf(href: string, base: string): string {
  let address = href;
  try {
    address = new URL(href, base).href;
  } catch {
    // An address the URL parser refuses is compared as written.
  }
  return address.split('#')[0]?.replace(/\/$/, '') ?? address;
}
