/** The popup's DOM builder lives in shared/dom.ts, shared with the options page. */
export { button, h } from '../shared/dom.ts';
