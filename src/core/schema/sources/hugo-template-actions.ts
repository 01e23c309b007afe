/**
 * A Hugo archetype is a Go template: its frontmatter holds actions (`{{ .Date }}`,
 * `{{ replace .File.ContentBaseName "-" " " | title }}`) that `hugo new` evaluates. To read the frontmatter as
 * data without running anything, each action is replaced by a sample value of the type it produces (a date for
 * date-like actions, text for the rest), quoted where the surrounding syntax needs it. Each sample is unique, so
 * the parsed values tell which key got which action.
 */
export type ActionKind = 'date' | 'text';

export interface TemplateAction {
  /** The action as written, `{{ .Date }}`. */
  readonly source: string;
  readonly kind: ActionKind;
  /** What the action was replaced by before parsing. */
  readonly sample: string;
}

export type DataFormat = 'yaml' | 'toml' | 'json';

export interface FilledTemplate {
  readonly text: string;
  readonly actions: readonly TemplateAction[];
}

/** Actions that print nothing: comments, control flow, variable assignments. */
const SILENT = /^(\/\*|(if|else|end|range|with|define|block|template|break|continue)\b|\$\w*\s*:?=)/;
/** What `hugo new` knows as dates: the page's dates and the current time. */
const DATE_SOURCE = /(\.(Date|PublishDate|Lastmod|ExpiryDate)|\bnow|\btime\.Now)\b/;
/** Parts of a date that are numbers, not dates. */
const DATE_PART = /\.(Year|Month|Day|YearDay|Weekday|Hour|Minute|Second|Nanosecond|Unix\w*)\b/;

export function fillTemplateActions(text: string, format: DataFormat): FilledTemplate {
  const actions: TemplateAction[] = [];
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('{{', from);
    const close = open < 0 ? -1 : actionEnd(text, open + 2);
    if (close < 0) return { text: out + text.slice(from), actions };

    const body = text.slice(open + 2, close);
    // `{{- ` and ` -}}` trim the whitespace next to the action, line breaks included.
    const before = text.slice(from, open);
    out += /^-\s/.test(body) ? before.trimEnd() : before;
    from = close + 2;
    if (/\s-$/.test(body)) while (from < text.length && /\s/.test(text[from])) from++;

    const expression = body.replace(/^-\s/, '').replace(/\s-$/, '').trim();
    if (SILENT.test(expression)) continue;
    const kind: ActionKind = DATE_SOURCE.test(expression) && !DATE_PART.test(expression) ? 'date' : 'text';
    const sample = sampleFor(kind, actions.length);
    actions.push({ source: text.slice(open, close + 2), kind, sample });
    // A bare date is a TOML date-time and a YAML plain scalar; bare text is valid only in YAML.
    const bare = insideString(out.slice(out.lastIndexOf('\n') + 1), format)
      || (format === 'yaml') || (format === 'toml' && kind === 'date');
    out += bare ? sample : JSON.stringify(sample);
  }
}

/** The actions whose samples a parsed value holds, looking into lists and tables. */
export function actionsIn(value: unknown, actions: readonly TemplateAction[]): TemplateAction[] {
  if (typeof value === 'string') return actions.filter((a) => (a.kind === 'text' ? value.includes(a.sample) : value === a.sample));
  if (value instanceof Date) return actions.filter((a) => a.kind === 'date' && Date.parse(a.sample) === value.getTime());
  if (Array.isArray(value)) return value.flatMap((v) => actionsIn(v, actions));
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap((v) => actionsIn(v, actions));
  return [];
}

/** Unique samples: `2000-01-01T00:00:03Z` for the fourth action if it is a date, `hugo-action-3` if text. */
function sampleFor(kind: ActionKind, index: number): string {
  if (kind === 'text') return `hugo-action-${index}`;
  const n = Math.min(index, 3599);
  const two = (v: number) => String(v).padStart(2, '0');
  return `2000-01-01T00:${two(Math.floor(n / 60))}:${two(n % 60)}Z`;
}

/** Where the action's closing `}}` is, skipping Go string literals that may hold braces or quotes. */
function actionEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '}' && text[i + 1] === '}') return i;
    if (ch === '"' || ch === '`' || ch === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += ch !== '`' && text[j] === '\\' ? 2 : 1;
      i = j;
    }
  }
  return -1;
}

/** Whether the end of a line of output is inside a quoted string of the data format. */
function insideString(line: string, format: DataFormat): boolean {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = undefined;
    } else if (ch === '"' || (ch === "'" && format !== 'json')) {
      // In YAML a quote only opens a string at the start of a value (`it's` is plain text).
      if (format !== 'yaml' || /(^|[:\-[,{?])\s*$/.test(line.slice(0, i))) quote = ch;
    }
  }
  return quote !== undefined;
}
