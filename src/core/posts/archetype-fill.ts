import { locateFrontmatter } from '../frontmatter/locate';
import { yamlValue } from '../frontmatter/yaml-value';
import { readArchetypeData } from '../schema/sources/hugo-archetype-data';
import { actionsIn, fillTemplateActions, type DataFormat, type TemplateAction } from '../schema/sources/hugo-template-actions';
import { formatGoLayout, RFC3339 } from './go-date-layout';

/**
 * A Hugo archetype filled in as `hugo new` would, without running it: the template actions are found as the
 * schema reader finds them (hugo-template-actions.ts), then each is given its value. Dates (`.Date`, `now`) are
 * the creation time in RFC 3339 with the zone's offset, or in the layout of a `dateFormat`/`.Format`; actions on
 * the file name (`.Name`, `.File.ContentBaseName`) give the title where they make one (`| title`, `humanize`, or
 * in the `title` key) and the slug elsewhere; `.Section` and `.Type` the section. Each value is escaped for the
 * quotes around it; everything else, `draft = true` included, stays as the archetype has it.
 */
export interface ArchetypeValues {
  readonly title: string;
  readonly slug: string;
  readonly date: Date;
  readonly timeZone: string;
  readonly section: string;
}

export interface FilledArchetype {
  readonly text: string;
  /** Actions with no value known here, left empty (`{{ .Site.Params.author }}`). */
  readonly unfilled: readonly string[];
}

const SAMPLE = /hugo-action-\d+(?!\d)|2000-01-01T00:\d{2}:\d{2}Z/g;
const FILE_NAME = /\.(Name|File\.(ContentBaseName|BaseFileName|TranslationBaseName))\b/;
const TITLE_CASE = /(^|[|(\s])(title|humanize)\b|\.Title\b/;
const LAYOUT = /(?:\bdateFormat|\.Format|\btime\.Format)\s+(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`)/;

export function fillArchetype(template: string, values: ArchetypeValues): FilledArchetype {
  const unfilled: string[] = [];
  const block = locateFrontmatter(template);
  if (!block || !block.closed || block.format === 'unsupported') {
    return { text: fillPlain(template, values, unfilled), unfilled };
  }
  const format: DataFormat = block.format;
  const keys = keysOfActions(template);
  const content = template.slice(block.contentStart, block.contentEnd);
  const filled = fillTemplateActions(content, format);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  let coveredUntil = -1;
  for (const match of filled.text.matchAll(SAMPLE)) {
    const at = match.index;
    if (at < coveredUntil) continue;
    const action = filled.actions.find((a) => a.sample === match[0]);
    if (!action) continue;
    const value = valueOf(action, keys.get(action.source), values, unfilled);
    const lineStart = filled.text.lastIndexOf('\n', at - 1) + 1;
    const open = openQuote(filled.text.slice(lineStart, at), format);
    if (open === undefined) {
      edits.push({ start: at, end: at + match[0].length, text: bareValue(filled.text, lineStart, at, match[0], value, format, action) });
    } else if (open.quote === '"') {
      edits.push({ start: at, end: at + match[0].length, text: JSON.stringify(value).slice(1, -1) });
    } else if (format === 'yaml') {
      edits.push({ start: at, end: at + match[0].length, text: value.replace(/'/g, "''") });
    } else {
      // A TOML literal string has no escapes: if the value needs one, the whole string becomes a basic string.
      const start = lineStart + open.index;
      const end = filled.text.indexOf("'", at + match[0].length);
      const inner = filled.text.slice(start + 1, end).replace(SAMPLE, (sample) => {
        const other = filled.actions.find((a) => a.sample === sample);
        return other === action ? value : other ? valueOf(other, keys.get(other.source), values, unfilled) : sample;
      });
      if (end < 0 || !/['\r\n]/.test(inner)) edits.push({ start: at, end: at + match[0].length, text: value });
      else {
        edits.push({ start, end: end + 1, text: JSON.stringify(inner) });
        coveredUntil = end + 1;
      }
    }
  }
  let text = filled.text;
  for (const edit of edits.reverse()) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  const head = template.slice(0, block.contentStart);
  const tail = fillPlain(template.slice(block.contentEnd), values, unfilled);
  return { text: head + text + tail, unfilled: [...new Set(unfilled)] };
}

/** Markdown below the frontmatter: values go in as they are. */
function fillPlain(text: string, values: ArchetypeValues, unfilled: string[]): string {
  const filled = fillTemplateActions(text, 'yaml');
  return filled.text.replace(SAMPLE, (sample) => {
    const action = filled.actions.find((a) => a.sample === sample);
    return action ? valueOf(action, undefined, values, unfilled) : sample;
  });
}

/** Which top-level key each action's value lands in, from the archetype read as data. */
function keysOfActions(template: string): Map<string, string> {
  const keys = new Map<string, string>();
  const read = readArchetypeData(template, 'archetype');
  if (!('data' in read)) return keys;
  for (const [key, value] of Object.entries(read.data)) {
    for (const action of actionsIn(value, read.actions)) if (!keys.has(action.source)) keys.set(action.source, key);
  }
  return keys;
}

function valueOf(action: TemplateAction, key: string | undefined, values: ArchetypeValues, unfilled: string[]): string {
  const expression = action.source.replace(/^\{\{-?\s*/, '').replace(/\s*-?\}\}$/, '');
  // A shortcode (`{{< figure >}}`) is for Hugo's renderer, not for `hugo new`.
  if (/^[<%]/.test(expression)) return action.source;
  if (action.kind === 'date') {
    const layout = LAYOUT.exec(expression);
    const goLayout = layout ? (layout[1] !== undefined ? JSON.parse(`"${layout[1]}"`) as string : layout[2]) : RFC3339;
    return formatGoLayout(values.date, goLayout, values.timeZone);
  }
  if (FILE_NAME.test(expression) || /\.Title\b/.test(expression)) {
    return key === 'title' || TITLE_CASE.test(expression) ? values.title : values.slug;
  }
  if (/^\.(Section|Type)$/.test(expression)) return values.section;
  unfilled.push(action.source);
  return '';
}

/**
 * A value where the archetype has no quotes: a YAML value that is the action alone is quoted if it needs it
 * (the title may hold `: `); a TOML date stays bare; text inside plain text goes in as it is.
 */
function bareValue(text: string, lineStart: number, at: number, sample: string, value: string, format: DataFormat, action: TemplateAction): string {
  if (format !== 'yaml' || action.kind === 'date') return value;
  const before = text.slice(lineStart, at);
  const lineEnd = text.indexOf('\n', at);
  const after = text.slice(at + sample.length, lineEnd < 0 ? text.length : lineEnd);
  const whole = /^\s*(- |[^\s#][^#]*?:\s+)$/.test(before) && /^\s*(#.*)?\r?$/.test(after);
  return whole ? yamlValue(value) : value;
}

/** The quote a line of frontmatter is inside at its end, with its index; undefined outside any. */
function openQuote(line: string, format: DataFormat): { quote: string; index: number } | undefined {
  let open: { quote: string; index: number } | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (open) {
      if (ch === '\\' && open.quote === '"') i++;
      else if (ch === open.quote) {
        // `''` inside a YAML single-quoted string is an escaped quote, not the end.
        if (format === 'yaml' && ch === "'" && line[i + 1] === "'") i++;
        else open = undefined;
      }
    } else if (ch === '"' || (ch === "'" && format !== 'json')) {
      // In YAML a quote opens a string only at the start of a value (`it's` is plain text).
      if (format !== 'yaml' || /(^|[:\-[,{?])\s*$/.test(line.slice(0, i))) open = { quote: ch, index: i };
    } else if (ch === '#' && format !== 'json' && (format === 'toml' || /(^|\s)$/.test(line.slice(0, i)))) {
      return undefined;
    }
  }
  return open;
}
