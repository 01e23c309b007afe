/**
 * JSON with comments and trailing commas (JSONC), as VS Code settings and tool configs such as Front Matter CMS's
 * `frontmatter.json` are written, turned into plain JSON for `JSON.parse`. Comments and trailing commas become
 * spaces rather than being cut out, so every offset (and so every parse error position) still points into the
 * original text.
 */
export function jsoncToJson(text: string): string {
  const out = text.split('');
  let i = 0;
  /** Where the last `,` outside strings was, while only whitespace and comments followed it. */
  let pendingComma = -1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      pendingComma = -1;
      i = skipString(text, i);
    } else if (ch === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = blank(out, i, end < 0 ? text.length : end);
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = blank(out, i, end < 0 ? text.length : end + 2);
    } else if (ch === ',') {
      pendingComma = i++;
    } else if ((ch === '}' || ch === ']') && pendingComma >= 0) {
      out[pendingComma] = ' ';
      pendingComma = -1;
      i++;
    } else {
      if (!/\s/.test(ch)) pendingComma = -1;
      i++;
    }
  }
  return out.join('');
}

/** The offset just past the string literal that opens at `start`. */
function skipString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** Replaces `[start, end)` with spaces, keeping line breaks so line numbers stay right. */
function blank(out: string[], start: number, end: number): number {
  for (let i = start; i < end; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
  return end;
}
