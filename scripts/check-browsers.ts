// First step of `npm test`: without the e2e browsers, stop before typecheck and unit tests take minutes.
import checkBrowsers from '../test/harness/browser-paths.ts';

checkBrowsers();
