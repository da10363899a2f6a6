/**
 * Saving and copying text without the `downloads` or `clipboardWrite` permissions: a download is
 * an `<a download>` clicked on a Blob URL (works from extension pages and from content scripts in
 * Chrome and Firefox), and copying uses the async clipboard inside the click, falling back to a
 * selected textarea and `execCommand('copy')`, which both browsers allow during a user gesture.
 */

/** Offers `text` as a file named `filename`; `container` holds the link for the moment of the click. */
export function downloadText(filename: string, text: string, mime: string, container: Node & ParentNode): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  container.append(link);
  link.click();
  link.remove();
  // The browser has read the Blob once the download starts; give it a moment before letting go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Copies `text`; false when the browser refused both ways (the caller then shows the text to copy by hand). */
export async function copyText(text: string, container: Node & ParentNode): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Insecure pages (http:) and some browsers have no async clipboard here; try the old way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;inset-inline-start:-9999px;top:0;opacity:0';
  container.append(area);
  const focused = (container.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement | null;
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  focused?.focus();
  return copied;
}
