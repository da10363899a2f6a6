/**
 * Code the Firefox harness runs inside the browser window itself (browser.xhtml, system principal),
 * over BiDi. Kept as source text because it runs in another world with its own globals
 * (gBrowser, CustomizableUI, WebExtensionPolicy), not in Node.
 */

/**
 * A person's toolbar click: MV3 buttons live in the Extensions panel (the puzzle piece) until
 * pinned, so open that panel with a mouse click, then click our entry. The mouse events are
 * synthesized at the widget level, so Firefox's own handlers run: they grant activeTab and open
 * our popup. Then the popup is closed again (the test opens it as a page) and the tab id returned.
 * Arguments: BiDi context id of the page, gecko id of the extension.
 */
export const CLICK_TOOLBAR = `async function (navigableId, extensionId) {
  const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
  const browser = NavigableManager.getBrowserById(navigableId);
  const tab = browser && gBrowser.getTabForBrowser(browser);
  if (!tab) throw new Error('no tab for browsing context ' + navigableId);
  if (gBrowser.selectedTab !== tab) throw new Error('the page is not the selected tab');
  const extension = WebExtensionPolicy.getByID(extensionId).extension;
  const widgetId = extension.id.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
  const waitFor = (target, type, test) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out waiting for ' + type)), 10000);
    target.addEventListener(type, function listener(event) {
      if (test && !test(event)) return;
      target.removeEventListener(type, listener);
      clearTimeout(timer);
      resolve(event);
    });
  });
  const click = (element) => {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) throw new Error('not visible: ' + (element.id || element.className));
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    for (const type of ['mousemove', 'mousedown', 'mouseup']) {
      window.synthesizeMouseEvent(type, x, y, { button: 0, clickCount: 1 }, { isDOMEventSynthesized: false });
    }
  };
  const node = CustomizableUI.getWidget(widgetId + '-browser-action').forWindow(window).node;
  const button = node && node.querySelector('.unified-extensions-item-action-button');
  if (!button) throw new Error('Plainsight has no toolbar button in this window');
  // The panel itself is built on first use, so ask where the button is placed, not the panel.
  const inPanel = CustomizableUI.getPlacementOfWidget(widgetId + '-browser-action')?.area === CustomizableUI.AREA_ADDONS;
  if (inPanel && document.getElementById('unified-extensions-panel')?.state !== 'open') {
    const shown = waitFor(document, 'popupshown', (event) => event.target.id === 'unified-extensions-panel');
    click(document.getElementById('unified-extensions-button'));
    await shown;
  }
  const viewId = 'PanelUI-webext-' + widgetId + '-BAV';
  // Firefox grants activeTab and opens the popup, or fires action.onClicked when the extension
  // has set no popup, while the click's view is showing; our listener runs after its handler.
  const showing = waitFor(document, 'ViewShowing', (event) => event.target.id === viewId);
  const shown = waitFor(document, 'ViewShown', (event) => event.target.id === viewId);
  shown.catch(() => {});
  click(button);
  const view = (await showing).target;
  if (!extension.tabManager.hasActiveTabPermission(tab)) throw new Error('the click did not grant activeTab');
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const hasPopup = Boolean(ExtensionParent.apiManager.global.browserActionFor(extension).action.getPopupUrl(tab));
  const panel = view.closest('panel');
  if (hasPopup) await shown;
  if (panel && panel.state !== 'closed') {
    const hidden = waitFor(panel, 'popuphidden');
    panel.hidePopup();
    await hidden;
  }
  return extension.tabManager.getWrapper(tab).id;
}`;

/**
 * Reports every request the extension's own pages (background, popup, options) make to anything
 * but its own files, through a BiDi channel, as JSON { url, context }: context is the BiDi id of
 * the tab it came from, or null for the background. Content-script requests are the page's own
 * (BiDi reports them there) and are left out. Arguments: gecko id, channel.
 */
export const WATCH_EXTENSION_REQUESTS = `function (extensionId, report) {
  const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
  const base = WebExtensionPolicy.getByID(extensionId).getURL('');
  const seen = new Set();
  const observer = {
    observe(subject) {
      const channel = subject.QueryInterface(Ci.nsIChannel);
      // A channel is seen again when Firefox retries it (e.g. after a refused connection).
      const id = subject.QueryInterface(Ci.nsIIdentChannel).channelId;
      if (seen.has(id)) return;
      seen.add(id);
      const principal = channel.loadInfo && channel.loadInfo.triggeringPrincipal;
      const origin = principal && !principal.isExpandedPrincipal && principal.URI ? principal.URI.spec : '';
      if (!origin.startsWith(base) || channel.URI.spec.startsWith(base)) return;
      const top = channel.loadInfo.browsingContext && channel.loadInfo.browsingContext.top;
      const browser = top && top.embedderElement;
      const context = browser && gBrowser.getTabForBrowser(browser) ? NavigableManager.getIdForBrowsingContext(top) : null;
      report(JSON.stringify({ url: channel.URI.spec, context }));
    },
  };
  Services.obs.addObserver(observer, 'http-on-modify-request');
  window.addEventListener('unload', () => Services.obs.removeObserver(observer, 'http-on-modify-request'));
}`;

/**
 * The person allows the extension on one site in Firefox's own settings: the same call
 * about:addons makes when a site-access toggle on the extension's Permissions tab is switched on.
 * Arguments: gecko id, match pattern.
 */
export const ALLOW_SITE_ACCESS = `async function (extensionId, origin) {
  const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
  const extension = WebExtensionPolicy.getByID(extensionId).extension;
  await ExtensionPermissions.add(extensionId, { permissions: [], origins: [origin] }, extension);
}`;

/**
 * Runs in every content process (a process script, system principal): a content policy that sees
 * each moz-extension:// load (e.g. our bundled font in a web page), which Firefox's BiDi does not
 * report as network events, and tells the parent which tab it came from.
 */
const EXTENSION_LOADS_PROCESS_SCRIPT = `
  const contract = '@plainsight-harness/extension-loads;1';
  const policy = {
    classID: Components.ID('{3f2b1c0e-6a2d-4d8e-9b1f-5c7a9e2d4b61}'),
    QueryInterface: ChromeUtils.generateQI(['nsIContentPolicy', 'nsIFactory']),
    createInstance(iid) { return this.QueryInterface(iid); },
    shouldLoad(location, loadInfo) {
      if (location.scheme === 'moz-extension' && loadInfo.browsingContext) {
        Services.cpmm.sendAsyncMessage('plainsight-harness:load', { url: location.spec, browsingContextId: loadInfo.browsingContext.top.id });
      }
      return Ci.nsIContentPolicy.ACCEPT;
    },
    shouldProcess() { return Ci.nsIContentPolicy.ACCEPT; },
  };
  const registrar = Components.manager.QueryInterface(Ci.nsIComponentRegistrar);
  if (!registrar.isContractIDRegistered(contract)) {
    registrar.registerFactory(policy.classID, 'Plainsight harness: extension loads', contract, policy);
    Services.catMan.addCategoryEntry('content-policy', contract, contract, false, true);
  }
`;

/**
 * Reports moz-extension:// loads of pages in tabs through a BiDi channel, as JSON { url, context }.
 * Arguments: channel.
 */
export const WATCH_EXTENSION_LOADS = `function (report) {
  const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
  Services.ppmm.addMessageListener('plainsight-harness:load', {
    receiveMessage(message) {
      const top = BrowsingContext.get(message.data.browsingContextId);
      if (top) report(JSON.stringify({ url: message.data.url, context: NavigableManager.getIdForBrowsingContext(top) }));
    },
  });
  Services.ppmm.loadProcessScript('data:application/javascript;charset=utf-8,' + encodeURIComponent(${JSON.stringify(EXTENSION_LOADS_PROCESS_SCRIPT)}), true);
}`;
