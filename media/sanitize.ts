/**
 * Removes from rendered post HTML everything that could run code, navigate the preview or load remote content.
 * The webview's content security policy would block these too; removing them keeps the page quiet and lets the
 * preview say what it dropped.
 */
const REMOVED_ELEMENTS = 'script, iframe, frame, frameset, object, embed, applet, meta, base, link, portal, noscript';
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'background', 'data'];

export function sanitize(root: ParentNode): string[] {
  const removed: string[] = [];
  for (const element of Array.from(root.querySelectorAll(REMOVED_ELEMENTS))) {
    removed.push(`<${element.localName}>`);
    element.remove();
  }
  for (const element of Array.from(root.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on') || name === 'srcdoc' || name === 'srcset' || name === 'ping') {
        removed.push(`${name}=`);
        element.removeAttribute(attribute.name);
      } else if (URL_ATTRIBUTES.includes(name) && isScriptUrl(attribute.value)) {
        removed.push(`${name}="${attribute.value.trim().split(':')[0]}:"`);
        element.removeAttribute(attribute.name);
      }
    }
  }
  return removed;
}

function isScriptUrl(value: string): boolean {
  const compact = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return compact.startsWith('javascript:') || compact.startsWith('vbscript:') || (compact.startsWith('data:') && !compact.startsWith('data:image/'));
}
