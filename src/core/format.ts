/** Human wording for article facts, shared by the popup and reader view. */

/** "27 July 2023, 10:10" for machine dates; the page's own words when it gave no machine date. */
export function formatPublished(value: string | null, locale?: string): string | null {
  if (!value) return null;
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const hasTime = /T\d{2}:\d{2}/.test(value);
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    ...(hasTime ? { timeStyle: 'short' } : {}),
  }).format(date);
}

export function formatReadingTime(minutes: number): string {
  return minutes <= 1 ? '1 min read' : `${minutes} min read`;
}
