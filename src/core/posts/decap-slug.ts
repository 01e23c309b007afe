/**
 * A Decap CMS `slug` template filled the way Decap fills it for a new entry (decap-cms-lib-widgets
 * stringTemplate.ts, decap-cms-core formatters.ts and urlHelper.ts): `{{year}}`, `{{month}}`, `{{day}}`, `{{hour}}`,
 * `{{minute}}`, `{{second}}` are the UTC parts of the entry's date; `{{slug}}` is the identifier (the title);
 * `{{fields.name}}` and `{{name}}` are field values. Every filled-in value is cleaned alone (the template's own
 * characters stay): trimmed, lower-cased, `'` dropped, `.` turned into `-`, then every character that is not
 * allowed in a URL path replaced by `-`, repeats of `-` folded and `-` trimmed from both ends. Filters
 * (`{{title | upper}}`) are ignored, as Decap ignores them in slugs.
 */
export interface DecapSlugOptions {
  /** Decap's `slug.encoding`: `unicode` (the default) keeps letters of any script, `ascii` keeps `a-z0-9_-.~`. */
  readonly encoding?: 'unicode' | 'ascii';
  /** Decap's `slug.clean_accents`: `é` → `e` before cleaning. */
  readonly cleanAccents?: boolean;
  /** Decap's `slug.sanitize_replacement`, `-` by default. */
  readonly replacement?: string;
}

export interface DecapSlugInput {
  readonly template: string;
  /** The entry's identifier, its title. */
  readonly identifier: string;
  /** The instant the entry is dated with. */
  readonly date: Date;
  /** Field values of the new entry, for `{{fields.name}}`. */
  readonly fields: Readonly<Record<string, unknown>>;
}

const VARIABLE = /\{\{ *([^}{| ]+)( \| ([^}{]+?))? *\}\}/g;
const URI_CHAR = /[\w\-.~]/;
/** RFC 3987's `ucschar`: the characters an IRI path may hold beyond ASCII. */
const UCS_CHAR = /[\xA0-\u{D7FF}\u{F900}-\u{FDCF}\u{FDF0}-\u{FFEF}\u{10000}-\u{1FFFD}\u{20000}-\u{2FFFD}\u{30000}-\u{3FFFD}\u{40000}-\u{4FFFD}\u{50000}-\u{5FFFD}\u{60000}-\u{6FFFD}\u{70000}-\u{7FFFD}\u{80000}-\u{8FFFD}\u{90000}-\u{9FFFD}\u{A0000}-\u{AFFFD}\u{B0000}-\u{BFFFD}\u{C0000}-\u{CFFFD}\u{D0000}-\u{DFFFD}\u{E1000}-\u{EFFFD}]/u;
const DATE_PARTS: Record<string, (date: Date) => number> = {
  year: (d) => d.getUTCFullYear(),
  month: (d) => d.getUTCMonth() + 1,
  day: (d) => d.getUTCDate(),
  hour: (d) => d.getUTCHours(),
  minute: (d) => d.getUTCMinutes(),
  second: (d) => d.getUTCSeconds(),
};

/** The file name (without extension) Decap would give the entry, or the placeholder it cannot fill. */
export function fillDecapSlug(input: DecapSlugInput, options: DecapSlugOptions = {}): { slug: string } | { error: string } {
  let missing: string | undefined;
  const slug = input.template.replace(VARIABLE, (whole, key: string) => {
    const value = valueOf(key, input);
    if (value === undefined) {
      missing ??= whole;
      return '';
    }
    return cleanSegment(value, options);
  });
  if (missing) return { error: `The collection's slug template uses ${missing}, which a new post has no value for.` };
  return { slug };
}

function valueOf(key: string, input: DecapSlugInput): string | undefined {
  if (key.startsWith('fields.')) return fieldText(input.fields, key.slice('fields.'.length));
  const part = DATE_PARTS[key];
  if (part) {
    const n = part(input.date);
    return key === 'year' ? String(n) : String(n).padStart(2, '0');
  }
  if (key === 'slug') return input.identifier;
  return fieldText(input.fields, key);
}

function fieldText(fields: Readonly<Record<string, unknown>>, path: string): string | undefined {
  let value: unknown = fields;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  if (value === undefined || value === null) return undefined;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Decap's prepareSlug then sanitizeSlug, for one filled-in value. */
export function cleanSegment(value: string, options: DecapSlugOptions = {}): string {
  const replacement = options.replacement ?? '-';
  let text = value.trim().toLocaleLowerCase().replace(/'/g, '').replace(/\./g, '-');
  if (options.cleanAccents) text = removeAccents(text);
  const ascii = options.encoding === 'ascii';
  text = Array.from(text).map((ch) => (URI_CHAR.test(ch) || (!ascii && UCS_CHAR.test(ch)) ? ch : replacement)).join('');
  if (replacement === '') return text;
  const escaped = replacement.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`(?:${escaped})+`, 'g'), replacement).replace(new RegExp(`^${escaped}|${escaped}$`, 'g'), '');
}

/** Letters with marks become plain letters; the few that do not decompose are spelled out. */
function removeAccents(text: string): string {
  const spelled: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i' };
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[ßæœøđðłþı]/g, (ch) => spelled[ch]);
}
