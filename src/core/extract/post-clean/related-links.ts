/**
 * "Related" blocks inside the article: a label such as "Related:", "READ MORE:", "Don't miss",
 * "You may also like" and the links it introduces. The label alone is not enough (an article may
 * say "read more about it"): the line must be led by the label and be mostly links, or the label
 * must stand alone and be followed by link lists.
 */
import { hostsOf, linkShare, removeWithEmptyParents, textOf, wordsIn, type Lines, type PostCleanRule } from './shared.ts';

const LABEL =
  "(?:related(?: (?:articles?|stories|posts?|content|coverage|links?|reading|news))?|read (?:more|also|next)|also read|see (?:more|also)|more(?: (?:on|from|about) [^:]{1,40}| stories| news| coverage| reading)?|also(?: on [\\w.-]{2,30})?|don'?t miss|must read|recommended(?: for you)?|you (?:may|might) (?:also )?like|trending(?: now)?|popular(?: now| this week)?|most (?:read|popular|viewed)|latest(?: news| stories)?|further reading|watch|listen|leggi anche|lesen sie auch|siehe auch|lire aussi|leia também|veja também|lee también|ver también" +
  // The same labels in other languages; a label only counts with the links it leads (see below).
  "|lea(?: también| además| más)?|mira|vea también|mire también|te puede interesar|auch lesen|lesen sie (?:auch|mehr)|schon gelesen|mehr zum thema|das (?:thema )?könnte (?:dich|sie) auch interessieren|verwandte artikel|ähnliche (?:beiträge|artikel)|weiterführende links|weitere (?:artikel|beiträge|news|nachrichten)(?: zum thema)?|auch interessant(?: für dich)?|zum weiterlesen|neueste (?:artikel|beiträge)|à lire (?:aussi|également)|voir aussi|sur le même sujet|à découvrir aussi|(?:le|te) puede interesar|noticias relacionadas|más noticias|اقرأ أيضا|اقرأ أيضاً|ذات صلة|أخبار ذات صلة|یہ بھی پڑھیں|مزید پڑھیں|متعلقہ خبریں|مزید خبریں" +
  // Italian, Portuguese, Dutch, Polish, Russian, Turkish and Chinese, for sites in languages the set holds few of.
  "|también te puede interesar|te recomendamos|articoli correlati|notizie correlate|(?:ti )?potrebbe (?:anche )?interessarti|leia (?:mais|também)|notícias relacionadas|(?:artigos|matérias) relacionad[oa]s|lees (?:ook|meer)|gerelateerde (?:artikelen|berichten)|meer nieuws|czytaj (?:też|także|również)|zobacz (?:też|także|również)|powiązane artykuły|читайте также|по теме|смотрите также|[iİ]lgili haberler|bunlar da ilginizi çekebilir|相关阅读|相关文章|相关新闻|延伸阅读|推荐阅读|相關閱讀|相關文章|相關新聞|延伸閱讀)";
/** A label followed by a colon, dash or bracket, then (mostly) a link: "READ MORE: China plague…". */
// The full-width colon ('：') is how Chinese and Japanese sites set it.
const LED_LINE = new RegExp(`^\\[?\\s*${LABEL}\\s*(?::|：|\\||-|–|—|»)`, 'iu');
/** A label alone on its line: "Related", "More Great WIRED Stories", "Don't miss". */
const LABEL_ALONE = new RegExp(`^${LABEL}(?: [\\p{L}\\p{N}'. ]{0,30})?\\s*[:：?]?$`, 'iu');

export function isRelatedLedLine(el: Element, text = textOf(el), share = (): number => linkShare(el, text)): boolean {
  if (text.length > 400 || wordsIn(text) > 40) return false;
  if (!LED_LINE.test(text)) return isLabelOverLinks(el, share);
  return /^\[.*\]$/.test(text) || share() >= 0.4;
}

/**
 * "Siehe auch<br><a>…</a><br><a>…</a>": the label on a line of its own inside the block, then the
 * links. The line break does what the colon does in "Siehe auch: …".
 */
function isLabelOverLinks(el: Element, share: () => number): boolean {
  const lineBreak = el.querySelector('br');
  if (!lineBreak || lineBreak.parentElement !== el) return false;
  let label = '';
  for (let node = el.firstChild; node && node !== lineBreak; node = node.nextSibling) label += node.textContent ?? '';
  label = label.replace(/\s+/g, ' ').trim();
  return label.length > 0 && label.length <= 80 && LABEL_ALONE.test(label) && share() >= 0.6;
}

function isLinkList(el: Element): boolean {
  const text = textOf(el);
  return text.length > 0 && linkShare(el) >= 0.6;
}

export const relatedLinks: PostCleanRule = {
  id: 'related-links',
  apply(body, lines: Lines) {
    for (const el of lines.all()) {
      if (!body.contains(el)) continue;
      const text = lines.text(el);
      if (isRelatedLedLine(el, text, () => lines.linkShare(el))) {
        lines.remove(el);
        continue;
      }
      if (text.length > 80 || wordsIn(text) > 8 || !LABEL_ALONE.test(text)) continue;
      // A lone label counts only when what follows it is a run of links.
      let next = nextBlock(el, body);
      const list: Element[] = [];
      while (next && isLinkList(next)) {
        list.push(next);
        next = nextBlock(next, body);
      }
      if (list.length === 0) {
        if (closesWithTeasers(el, body, lines)) truncateFrom(el, body);
        else if (isEmptiedBox(el, body)) removeWithEmptyParents(el, body);
        continue;
      }
      for (const item of list) removeWithEmptyParents(item, body);
      removeWithEmptyParents(el, body);
    }
    for (const list of listsLedByInlineLabel(body)) {
      removeWithEmptyParents(list.label, body);
      removeWithEmptyParents(list.links, body);
    }
  },
};

/**
 * "<div><p>Related Coverage</p></div>" between two paragraphs: the box's links went (Readability
 * or a rule above dropped them) and its title is all that is left in it. A label that shares its
 * box with anything else (a video under "Watch", prose) titles that and stays.
 */
function isEmptiedBox(label: Element, body: Element): boolean {
  const box = label.parentElement;
  if (!box || box === body || textOf(box) !== textOf(label)) return false;
  return !box.querySelector('img, picture, video, audio, iframe, embed, object, table');
}

/** Elements that open a line of their own; a label set in any other element sits inline in its box. */
const BLOCK_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'TABLE', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'FIGURE', 'BLOCKQUOTE', 'FORM', 'NAV', 'MAIN']);

/**
 * "<section><span>Mehr zum Thema</span><ul><li><a>…</a></li>…</ul></section>": the box's title is a
 * `<span>` or bare text beside the list, so it is no line of its own and the lone-label test above
 * never sees it. The same label over a list of links means the same thing.
 */
function listsLedByInlineLabel(body: Element): { label: ChildNode; links: Element }[] {
  const found: { label: ChildNode; links: Element }[] = [];
  for (const list of Array.from(body.querySelectorAll('ul, ol'))) {
    let label = list.previousSibling;
    while (label && label.nodeType === 3 && !(label.nodeValue ?? '').trim()) label = label.previousSibling;
    if (!label || (label.nodeType !== 3 && label.nodeType !== 1) || BLOCK_TAGS.has((label as Element).tagName)) continue;
    const title = (label.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (title.length > 80 || wordsIn(title) > 8 || !LABEL_ALONE.test(title) || !isLinkList(list)) continue;
    found.push({ label, links: list });
  }
  return found;
}

/** What follows a closing label is teasers when it is short, one site's links, and little text per link. */
const MAX_TEASER_WORDS = 200;
const MAX_WORDS_PER_TEASER = 40;
const DOCUMENT_POSITION_FOLLOWING = 4;

/**
 * "Mehr zum Thema", "Neueste Artikel", "Related coverage" near the end, followed by cards (a
 * headline, an excerpt, a link each) rather than plain link lines: when everything after the label
 * is short and its links all go to one site, the label opened the site's teasers, not a section of
 * the story. Links to several sites are the story's sources and stay.
 */
function closesWithTeasers(label: Element, body: Element, lines: Lines): boolean {
  const after = lines.all().filter((line) => label.compareDocumentPosition(line) & DOCUMENT_POSITION_FOLLOWING && !label.contains(line));
  const words = after.reduce((sum, line) => sum + wordsIn(lines.text(line)), 0);
  const links = Array.from(body.querySelectorAll('a[href]')).filter((a) => label.compareDocumentPosition(a) & DOCUMENT_POSITION_FOLLOWING && !label.contains(a));
  if (after.length === 0 || links.length === 0 || words > MAX_TEASER_WORDS) return false;
  return words <= MAX_WORDS_PER_TEASER * links.length && hostsOf(links).size <= 1;
}

/** Removes `el` and everything after it in the article. */
function truncateFrom(el: Element, body: Element): void {
  for (let node: Element | null = el; node && node !== body; node = node.parentElement) {
    while (node.nextSibling) node.nextSibling.remove();
  }
  removeWithEmptyParents(el, body);
}

/** The next element after `el` in document order that has text, skipping its own descendants. */
function nextBlock(el: Element, body: Element): Element | null {
  let node: Element | null = el;
  while (node && node !== body) {
    let sibling = node.nextElementSibling;
    while (sibling && !textOf(sibling)) sibling = sibling.nextElementSibling;
    if (sibling) return sibling;
    node = node.parentElement;
  }
  return null;
}
