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
