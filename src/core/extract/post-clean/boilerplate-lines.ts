/**
 * Lines that are page furniture, not article: "Advertisement" labels, "Skip to content", lone
 * "Read more", "Comments", "Share", "Print", "Loading…", player fallbacks. Only a block whose WHOLE
 * text is such a label goes; the same words inside a sentence stay.
 */
import type { PostCleanRule } from './shared.ts';

/** Ad labels in the languages of the sites we see most (a label alone on its line). */
const AD_LABELS = [
  'advertisement', 'advertisements', 'advert', 'adverts', 'ad', 'ads', 'sponsored', 'sponsored content', 'paid content', 'promoted',
  'anzeige', 'werbung', 'publicidad', 'publicité', 'pubblicità', 'publicidade', 'reklama', 'reclame', 'advertentie', 'iklan', 'annons', 'mainos', 'реклама',
];
const UI_LABELS = [
  'skip to content', 'skip to main content', 'skip navigation', 'read more', 'read more »', 'continue reading', 'more', 'see more', 'show more',
  'comments', 'comment', 'leave a comment', 'add a comment', 'view comments', 'show comments', 'share', 'share this', 'share this article', 'share this story',
  'share on facebook', 'share on twitter', 'tweet', 'email', 'print', 'print article', 'text size', 'order reprints', 'reprints', 'enlarge image',
  'enlarge this image', 'toggle caption', 'hide caption', 'image', 'caption', 'close', 'open', 'sign in', 'log in', 'login', 'subscribe', 'subscribe now',
  'loading', 'loading content', 'loading…', 'loading...', 'loading content ...', 'back to top', 'top', 'menu', 'search', 'home', 'next', 'previous',
  'this slideshow requires javascript', 'media playback is unsupported on your device', 'your browser does not support the video tag',
  'please enable javascript to view the comments', 'tags', 'topics', 'related', 'highlights', 'latest', 'popular', 'trending', 'most read', 'most popular',
  'recent articles', 'popular this week', 'recommended', 'recommended for you', 'you may also like', 'you might also like', 'more stories',
  'related articles', 'related stories', 'related posts', "don't miss", 'dont miss', 'also read', 'read also', 'more from', 'advertise with us',
  'view author archive', 'email the author', 'follow on twitter', 'about the author', 'listen to this article', 'play', 'watch', 'video',
];
const LABELS = new Set([...AD_LABELS, ...UI_LABELS]);

/** Normalises a line for lookup: lower case, no trailing punctuation, arrows or counts. */
export function labelOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\s*\(\d+\)\s*$/, '')
    .replace(/^[\s|•·›»>:\-–—[(]+|[\s|•·›»>:\-–—\])]+$/g, '')
    .trim();
}

export function isBoilerplateLine(text: string): boolean {
  const label = labelOf(text);
  return label.length > 0 && label.length <= 60 && LABELS.has(label);
}

export const boilerplateLines: PostCleanRule = {
  id: 'boilerplate-lines',
  apply(_body, lines) {
    for (const el of lines.all()) {
      const text = lines.text(el);
      if (text.length > 60 || !isBoilerplateLine(text)) continue;
      lines.remove(el);
    }
  },
};
