/** The popup's gear button: opens the options page (also reachable from the browser's extension menu). */
import browser from '../shared/browser.ts';
import { localize } from '../shared/i18n.ts';

const gear = document.getElementById('open-options');
if (gear) {
  localize(gear.parentElement ?? document);
  gear.title = gear.getAttribute('aria-label') ?? gear.title;
  gear.addEventListener('click', () => {
    void browser.runtime.openOptionsPage();
    window.close();
  });
}
