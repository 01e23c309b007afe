import { buildReading, isoInstant, type BuildReading } from '../dates/build-reading';
import { isDateField } from '../dates/date-entries';
import { pad, spokenDay } from '../dates/calendar';
import { offsetMinutesAt, offsetText, wallClockAt, zoneOrUtc } from '../dates/time-zone';
import { readWrittenDate, type WrittenDate } from '../dates/written-date';
import { writtenValue } from '../dates/written-value';
import type { ParsedPost } from '../frontmatter/parse-post';
import type { Field, PostSchema } from '../schema/model';
import type { SiteKind } from '../site/detect-site';

export interface ValueHover {
  readonly start: number;
  readonly end: number;
  /** Markdown for the hover. */
  readonly contents: string;
}

export interface ValueHoverContext {
  readonly siteKind?: SiteKind;
  /** The author's IANA time zone; UTC when absent. */
  readonly timeZone?: string;
}

/** YAML 1.1 spellings of booleans: Jekyll's reader (Psych) takes them as booleans, YAML 1.2 readers as text. */
const YAML11_BOOLEANS: Record<string, boolean> = { yes: true, no: false, on: true, off: false };

/**
 * What the build reads for the value under the cursor (a top-level value or one list item): its type and
 * normalised form, and for a date the exact instant, also as the author's clock shows it.
 */
export function valueHover(post: ParsedPost, offset: number, schema: PostSchema, context: ValueHoverContext): ValueHover | undefined {
  const entry = post.entries.find((e) => e.valueEnd > e.valueStart && offset >= e.valueStart && offset <= e.valueEnd);
  if (!entry) return undefined;
  const item = entry.items?.find((i) => offset >= i.start && offset <= i.end);
  const field = schema.fields.get(entry.key);
  const target = item ?? { start: entry.valueStart, end: entry.valueEnd, value: entry.value };
  const dateField = item ? isDateItem(field) : isDateField(schema, entry.key);
  const lines = describe(post, target, dateField, context);
  return { start: target.start, end: target.end, contents: lines.join('\n') };
}

function isDateItem(field: Field | undefined): boolean {
  return !!field?.items && field.items.types.includes('date') && !field.items.types.includes('string');
}

function describe(post: ParsedPost, target: { start: number; end: number; value: unknown }, dateField: boolean, context: ValueHoverContext): string[] {
  const siteKind = context.siteKind ?? 'generic';
  const format = post.block?.format ?? 'yaml';
  const { value } = target;
  const written = writtenValue(post.text, target.start, target.end, value);
  if (written) {
    const date = readWrittenDate(written.text, new Date().getUTCFullYear());
    const typedByReader = value instanceof Date
      || (format === 'yaml' && written.bare && siteKind !== 'hugo' && isYamlTimestamp(date));
    if (date.kind === 'iso' && (typedByReader || dateField)) {
      return dateLines(buildReading(date, { siteKind, format, bare: written.bare }), zoneOrUtc(context.timeZone));
    }
  }
  if (typeof value === 'string') {
    const word = YAML11_BOOLEANS[value.toLowerCase()];
    const yaml11 = format === 'yaml' && written?.bare && word !== undefined;
    if (yaml11 && siteKind === 'jekyll') {
      return [`**boolean** \`${word}\``, '', `_Jekyll's YAML 1.1 reader takes ${code(value)} as \`${word}\`._`];
    }
    const lines = [`**text** ${code(JSON.stringify(shorten(value)))}`];
    if (yaml11) lines.push('', `_YAML 1.2 readers keep ${code(value)} as text; YAML 1.1 readers (Jekyll) take it as \`${word}\`._`);
    return lines;
  }
  if (typeof value === 'boolean') return [`**boolean** \`${value}\``];
  if (typeof value === 'number') return [`**number** \`${Number.isFinite(value) ? String(value) : describeSpecial(value)}\``];
  if (value === null || value === undefined) return ['**null** (empty)'];
  if (Array.isArray(value)) return [`**list** of ${value.length} ${value.length === 1 ? 'item' : 'items'}`];
  const keys = Object.keys(value as object);
  const shown = keys.slice(0, 5).map((k) => code(k)).join(', ');
  return [keys.length === 0 ? '**object** with no keys' : `**object** with keys ${shown}${keys.length > 5 ? ', …' : ''}`];
}

/** The forms js-yaml and Psych type as dates by themselves: a day, or a day with a time that has seconds. */
function isYamlTimestamp(date: WrittenDate): boolean {
  return date.kind === 'iso' && (!date.time || date.time.hasSeconds);
}

function dateLines(reading: BuildReading, zone: string): string[] {
  const wall = wallClockAt(reading.instant, zone);
  const offset = offsetMinutesAt(reading.instant, zone);
  const clock = `${spokenDay(wall)}, ${pad(wall.hour)}:${pad(wall.minute)}`;
  const where = zone === 'UTC' ? 'UTC' : `${zone} (UTC${offset === 0 ? '' : offsetText(offset)})`;
  const lines = [`**date** \`${isoInstant(reading.instant)}\``, '', `${clock} in ${where}`];
  if (reading.assumption) lines.push('', `_No offset written: ${reading.assumption}._`);
  return lines;
}

function describeSpecial(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  return value > 0 ? 'Infinity' : '-Infinity';
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** A Markdown code span that survives backticks in the text. */
function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${fence.length > 1 ? ' ' : ''}${text}${fence.length > 1 ? ' ' : ''}${fence}`;
}
