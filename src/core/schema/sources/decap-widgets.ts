import type { Field, FieldType } from '../model';
import { isObject, type Json } from '../json-object';

/**
 * The fields of a Decap CMS collection as the model's fields: what each widget stores in the frontmatter (a
 * `datetime` a date unless its Day.js format says otherwise, a `select` one of its options, a `relation` an entry
 * of another collection, a `list` its items), and the field's own settings (default, `min`/`max`, `pattern`).
 */

/** What reading fields finds besides the fields: problems to say, and relation targets to check. */
export interface FieldFindings {
  readonly problems: string[];
  /** Relation targets, checked against the collection names once all are read. */
  readonly relations: Array<{ readonly collection: string; readonly where: string }>;
}

const TEXT_WIDGETS = new Set(['string', 'text', 'markdown', 'color', 'map', 'uuid']);
/** Day.js storage formats whose output is an ISO 8601 date or date-time, which the date checks accept. */
const ISO_DATE_FORMAT = /^YYYY-MM-DD$/;
const ISO_TIME_FORMAT = /^HH:mm(?::ss(?:\.SSS)?)?(?:Z|ZZ|\[Z\])?$/;
const ISO_DATE_TIME_FORMAT = /^YYYY-MM-DD(?:T|\[T\]| )HH:mm(?::ss(?:\.SSS)?)?(?:Z|ZZ|\[Z\])?$/;
/** `{{now}}`, `{{uuid}}` and the like: filled in by the editor, so not a value a post could start with. */
const TEMPLATE = /\{\{[^}]*\}\}/;

/** One field; `owner` names where it sits for problems (`collection \`blog\` in public/admin/config.yml`). */
export function readField(raw: unknown, index: number, owner: string, findings: FieldFindings): Field | undefined {
  if (!isObject(raw) || typeof raw.name !== 'string' || raw.name === '') {
    findings.problems.push(`Field ${index + 1} of ${owner} has no \`name\`: add the key it is stored under, e.g. \`name: title\`.`);
    return undefined;
  }
  const widget = typeof raw.widget === 'string' ? raw.widget : 'string';
  const label = typeof raw.label === 'string' ? raw.label : undefined;
  const shape = shapeOf(raw, widget, `the \`${raw.name}\` field of ${owner}`, findings);
  const pattern = Array.isArray(raw.pattern) ? raw.pattern[0] : raw.pattern;
  const hasDefault = raw.default !== undefined && raw.default !== null && !(typeof raw.default === 'string' && TEMPLATE.test(raw.default));
  return {
    name: raw.name,
    label,
    description: typeof raw.hint === 'string' ? raw.hint : `The Decap \`${widget}\` field${label ? ` “${label}”` : ''}.`,
    ...shape,
    default: hasDefault && !(widget === 'datetime' && raw.default === '') ? raw.default : undefined,
    minimum: widget === 'number' && typeof raw.min === 'number' ? raw.min : undefined,
    maximum: widget === 'number' && typeof raw.max === 'number' ? raw.max : undefined,
    pattern: typeof pattern === 'string' ? pattern : undefined,
  };
}

type Shape = Pick<Field, 'types' | 'format' | 'enum' | 'items' | 'relation'>;

/** What a widget stores, as the model's types. Unknown (custom) widgets accept any value. */
function shapeOf(raw: Json, widget: string, owner: string, findings: FieldFindings): Shape {
  if (TEXT_WIDGETS.has(widget)) return { types: ['string'] };
  switch (widget) {
    case 'datetime':
    case 'date': return dateShape(raw);
    case 'boolean': return { types: ['boolean'] };
    // Without `value_type` the number widget saves text (`"3"`); hand-written posts usually hold a number.
    case 'number': return { types: raw.value_type === 'int' ? ['integer'] : raw.value_type === 'float' ? ['number'] : ['number', 'string'] };
    case 'image': return { types: ['string'], format: 'image' };
    case 'file': return { types: ['string'] };
    case 'object': return { types: ['object'] };
    // The code widget saves `{ code, lang }` unless told to keep only the code.
    case 'code': return { types: raw.output_code_only === true ? ['string'] : ['object'] };
    case 'hidden': return { types: hiddenTypes(raw.default) };
    case 'select': return selectShape(raw);
    case 'relation': return relationShape(raw, owner, findings);
    case 'list': return { types: ['array'], items: listItems(raw, owner, findings) };
    default: return { types: [] };
  }
}

/**
 * Decap stores datetimes as ISO 8601 unless a Day.js `format` (or `date_format`/`time_format`) says otherwise; a
 * non-ISO storage format, or a time of day alone, is text to the site's build.
 */
function dateShape(raw: Json): Shape {
  if (typeof raw.format === 'string') {
    if (ISO_DATE_FORMAT.test(raw.format)) return { types: ['date'] };
    return ISO_DATE_TIME_FORMAT.test(raw.format) ? { types: ['date'], format: 'date-time' } : { types: ['string'] };
  }
  const { date_format: date, time_format: time } = raw;
  const hasDate = date !== undefined && date !== false;
  const hasTime = time !== undefined && time !== false;
  if (!hasDate && hasTime) return { types: ['string'] };
  const isoDate = typeof date !== 'string' || ISO_DATE_FORMAT.test(date);
  const isoTime = typeof time !== 'string' || ISO_TIME_FORMAT.test(time);
  if (!hasTime && (hasDate || time === false)) return { types: [isoDate ? 'date' : 'string'] };
  return isoDate && isoTime ? { types: ['date'], format: 'date-time' } : { types: ['string'] };
}

function selectShape(raw: Json): Shape {
  const values = (Array.isArray(raw.options) ? raw.options : [])
    .map((option) => (isObject(option) ? option.value : option))
    .filter((value): value is string | number => typeof value === 'string' || typeof value === 'number');
  const types = [...new Set(values.map((v) => (typeof v === 'number' ? 'number' : 'string') as FieldType))];
  const one: Shape = { types: types.length > 0 ? types : ['string'], enum: values.length > 0 ? values : undefined };
  return raw.multiple === true ? { types: ['array'], items: { name: 'option', ...one } } : one;
}

function relationShape(raw: Json, owner: string, findings: FieldFindings): Shape {
  if (typeof raw.collection !== 'string') {
    findings.problems.push(`${upperFirst(owner)} is a relation without a \`collection\`: name the collection its values come from.`);
    return raw.multiple === true ? { types: ['array'], items: { name: 'entry', types: ['string'] } } : { types: ['string'] };
  }
  findings.relations.push({ collection: raw.collection, where: upperFirst(owner) });
  const relation = { collection: raw.collection };
  return raw.multiple === true ? { types: ['array'], items: { name: 'entry', types: ['string'], relation }, relation } : { types: ['string'], relation };
}

/** A list repeats one `field`, an object of `fields`, or one of several object `types`; a bare list holds text. */
function listItems(raw: Json, owner: string, findings: FieldFindings): Field {
  if (isObject(raw.field)) return readField(raw.field, 0, `the list in ${owner}`, findings) ?? { name: 'item', types: [] };
  if (Array.isArray(raw.fields) || Array.isArray(raw.types)) return { name: 'item', types: ['object'] };
  return { name: 'item', types: ['string'] };
}

/** A hidden field is written with its default, so the default's type is the field's. */
function hiddenTypes(value: unknown): FieldType[] {
  if (typeof value === 'string') return /\{\{\s*now\s*\}\}/.test(value) ? ['date'] : ['string'];
  if (typeof value === 'number') return [Number.isInteger(value) ? 'integer' : 'number'];
  if (typeof value === 'boolean') return ['boolean'];
  if (Array.isArray(value)) return ['array'];
  if (isObject(value)) return ['object'];
  return [];
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

