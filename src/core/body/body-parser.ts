import MarkdownIt, { type MarkdownIt as Parser } from 'markdown-it';
import { sourcePositions } from './source-positions';

let parser: Parser | undefined;

/**
 * The one markdown-it the body checks parse with: CommonMark with tables and raw HTML, which is what the builds
 * the extension knows agree on. Typographic replacements stay off so the tokens keep the text as written.
 */
export function bodyParser(): Parser {
  if (!parser) {
    parser = new MarkdownIt('commonmark', { html: true }).enable('table');
    parser.use(sourcePositions);
  }
  return parser;
}
