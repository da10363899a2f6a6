/**
 * Printing reader view. Reader view is a fixed overlay over the page, which would print as one
 * screenful on top of the page's own content. While the browser prints (and while print media is
 * emulated), the page's body is taken out of the layout; reader-view.css's print rules let the host
 * flow as a normal block (so the article prints on as many pages as it needs), hide the controls
 * and show link addresses. The body is put back after printing.
 */

const PRINT = typeof matchMedia === 'function' ? matchMedia('print') : null;

export interface PrintLayout {
  dispose(): void;
}

export function watchPrinting(host: HTMLElement): PrintLayout {
  let saved: { body: string | null } | null = null;
  const enter = (): void => {
    if (saved || !host.isConnected) return;
    const body = document.body;
    saved = { body: body?.getAttribute('style') ?? null };
    body?.style.setProperty('display', 'none', 'important');
  };
  const leave = (): void => {
    if (!saved) return;
    const body = document.body;
    if (body) {
      if (saved.body === null) body.removeAttribute('style');
      else body.setAttribute('style', saved.body);
    }
    saved = null;
  };
  const onMedia = (): void => (PRINT?.matches ? enter() : leave());
  window.addEventListener('beforeprint', enter);
  window.addEventListener('afterprint', leave);
  PRINT?.addEventListener('change', onMedia);
  return {
    dispose() {
      window.removeEventListener('beforeprint', enter);
      window.removeEventListener('afterprint', leave);
      PRINT?.removeEventListener('change', onMedia);
      leave();
    },
  };
}
