import type { Field, FieldType } from '../model';
import { isIsoDate } from '../value-type';
import { isObject, type Json } from '../json-object';

/**
 * Turns the `fields` of one Front Matter CMS content type into the internal model. Field types follow FMC's
 * documented outcomes (what each type writes into the frontmatter); section fields (`divider`, `heading`) write
 * nothing and are left out, and a `fieldCollection` is spread into its group's fields, as FMC itself does.
 */

export interface FieldContext {
  /** `frontMatter.taxonomy.fieldGroups`, by id. */
  readonly fieldGroups: ReadonlyMap<string, readonly unknown[]>;
  /** The statuses of `frontMatter.content.draftField` when it is a choice rather than a boolean. */
  readonly draftChoices?: readonly string[];
  /** `frontMatter.taxonomy.dateFormat`, the date-fns format dates are written in. */
  readonly dateFormat?: string;
  /** The collection whose posts are of a content type, when exactly one is. */
  readonly collectionOf: (contentType: string) => string | undefined;
  /** How the content type is named in problems: "content type `article` in frontmatter.json". */
  readonly where: string;
  readonly problems: string[];
}

export interface ContentTypeFields {
  readonly fields: readonly Field[];
  readonly required: readonly string[];
  readonly dateKey: string | undefined;
  readonly draftKey: string | undefined;
}

/** Types that lay out the editing panel and never become a frontmatter key. */
const SECTION_TYPES = new Set(['divider', 'heading']);

export function fieldsOfContentType(raw: readonly unknown[], context: FieldContext): ContentTypeFields {
  const fields: Field[] = [];
  const required: string[] = [];
  const dates: Json[] = [];
  let draftKey: string | undefined;
  for (const item of spreadCollections(raw, context, new Set())) {
    if (!isObject(item) || typeof item.name !== 'string' || item.name === '' || typeof item.type !== 'string') {
      context.problems.push(`Every field of ${context.where} needs a \`name\` and a \`type\`.`);
      continue;
    }
    if (SECTION_TYPES.has(item.type)) continue;
    fields.push(fieldOf(item, context));
    if (item.required === true) required.push(item.name);
    if (item.type === 'datetime') dates.push(item);
    // A draft field that is a choice of statuses is no true/false flag, which is what a draft key means here.
    if (item.type === 'draft' && draftKey === undefined && !context.draftChoices) draftKey = item.name;
  }
  const dateKey = (dates.find((d) => d.isPublishDate === true) ?? dates.find((d) => d.name === 'date') ?? dates[0])?.name as string | undefined;
  return { fields, required, dateKey, draftKey };
}

function spreadCollections(raw: readonly unknown[], context: FieldContext, seen: Set<string>): unknown[] {
  return raw.flatMap((item) => {
    if (!isObject(item) || item.type !== 'fieldCollection') return [item];
    const group = typeof item.fieldGroup === 'string' ? context.fieldGroups.get(item.fieldGroup) : undefined;
    if (!group || seen.has(item.fieldGroup as string)) {
      context.problems.push(`The field \`${String(item.name)}\` of ${context.where} uses the field group \`${String(item.fieldGroup)}\`, which \`frontMatter.taxonomy.fieldGroups\` does not define.`);
      return [];
    }
    return spreadCollections(group, context, new Set([...seen, item.fieldGroup as string]));
  });
}

function fieldOf(item: Json, context: FieldContext): Field {
  const name = item.name as string;
  const base: Field = {
    name,
    label: stringOr(item.title),
    description: stringOr(item.description),
    default: literalDefault(item.default),
    types: [],
  };
  const many = item.multiple === true;
  switch (item.type) {
    case 'string':
    case 'slug':
      return { ...base, types: ['string'] };
    case 'number':
      return { ...base, types: ['number'], ...numberRange(item.numberOptions) };
    case 'datetime':
      return { ...base, ...dateField(stringOr(item.dateFormat) ?? context.dateFormat, base.description) };
    case 'boolean':
      return { ...base, types: ['boolean'] };
    case 'draft':
      return context.draftChoices ? { ...base, types: ['string'], enum: context.draftChoices } : { ...base, types: ['boolean'] };
    case 'image':
      return oneOrMany(base, many, { types: ['string'], format: 'image' });
    case 'file':
      return oneOrMany(base, many, { types: ['string'] });
    case 'choice':
      return oneOrMany(base, many, choiceOf(item, context));
    case 'list':
      return oneOrMany(base, true, { types: ['string'] });
    case 'tags':
    case 'categories':
    case 'taxonomy': {
      const list = oneOrMany(base, true, { types: ['string'] });
      // `singleValueAsString` writes a lone value as text instead of a one-item list.
      return item.singleValueAsString === true ? { ...list, types: ['array', 'string'] } : list;
    }
    case 'fields':
      return { ...base, types: ['object'] };
    case 'block':
      return oneOrMany(base, true, { types: ['object'] });
    case 'dataFile': {
      const extra = Array.isArray(item.dataFileAdditionalFields) && item.dataFileAdditionalFields.length > 0;
      return oneOrMany(base, many, { types: [extra ? 'object' : 'string'] });
    }
    case 'contentRelationship': {
      const collection = typeof item.contentTypeName === 'string' ? context.collectionOf(item.contentTypeName) : undefined;
      return oneOrMany(base, many, { types: ['string'], relation: collection ? { collection } : undefined });
    }
    default:
      // `customField` and types added after this was written: their values can be anything.
      return base;
  }
}

type Shape = Omit<Field, 'name'>;

function oneOrMany(base: Field, many: boolean, shape: Shape): Field {
  return many ? { ...base, types: ['array'], items: { name: base.name, ...shape } } : { ...base, ...shape };
}

function choiceOf(item: Json, context: FieldContext): Shape {
  const choices = Array.isArray(item.choices) ? item.choices : [];
  const values = choices.map((c) => (isObject(c) ? c.id : c)).filter((v) => typeof v === 'string' || typeof v === 'number');
  if (values.length === 0) {
    context.problems.push(`The choice field \`${String(item.name)}\` of ${context.where} has no \`choices\`.`);
    return { types: ['string'] };
  }
  const types = [...new Set(values.map((v) => typeof v as FieldType))];
  // `{ id, title }` choices write the id; the titles are what the author saw in FMC's panel.
  const titled = choices.filter((c): c is Json => isObject(c) && typeof c.title === 'string');
  const titles = titled.length > 0 ? `Choices: ${titled.map((c) => `\`${String(c.id)}\` (${String(c.title)})`).join(', ')}.` : undefined;
  return { types, enum: values, description: joinText(stringOr(item.description), titles) };
}

function numberRange(options: unknown): Pick<Field, 'minimum' | 'maximum'> {
  if (!isObject(options)) return {};
  return {
    minimum: typeof options.min === 'number' ? options.min : undefined,
    maximum: typeof options.max === 'number' ? options.max : undefined,
  };
}

/** A date written in a date-fns format that is not ISO 8601 (`dd/MM/yyyy`) is text to every check here. */
function dateField(format: string | undefined, description: string | undefined): Shape {
  if (format === undefined || isIsoDate(sampleOf(format))) return { types: ['date'] };
  return { types: ['string'], description: joinText(description, `A date written as \`${format}\`.`) };
}

const FORMAT_TOKENS: Record<string, string> = {
  yyyy: '2025', MM: '09', dd: '02', HH: '10', mm: '04', ss: '05', SSS: '006', XXX: '+02:00', xxx: '+02:00', XX: '+0200', xx: '+0200', X: 'Z',
};

/** What a date-fns format makes of one fixed date, for the tokens an ISO date can hold; others stay as letters. */
function sampleOf(format: string): string {
  return format.replace(/'([^']*)'|yyyy|MM|dd|HH|mm|ss|SSS|XXX|xxx|XX|xx|X/g, (token, quoted: string | undefined) =>
    quoted ?? FORMAT_TOKENS[token]);
}

/** Defaults such as `{{now}}` or `{{title}}` are placeholders FMC fills in on creation, not values to suggest. */
function literalDefault(value: unknown): unknown {
  return typeof value === 'string' && value.includes('{{') ? undefined : value;
}

function joinText(...parts: Array<string | undefined>): string | undefined {
  const text = parts.filter(Boolean).join(' ');
  return text === '' ? undefined : text;
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

