/** The options page's words: the browser's i18n (see shared/i18n.ts). */
export { localize, t } from '../shared/i18n.ts';
