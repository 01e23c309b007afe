import type { Field, FieldFormat, FieldType } from '../model';

/**
 * What a static reading of a zod schema knows about one schema, and how readings combine (unions, intersections,
 * object shapes) and become the model's fields.
 */

/** A zod schema as read so far. Built fresh for every read, so methods may change it in place. */
export interface Reading {
  types: FieldType[];
  /** False when the schema's base was not recognised: it then accepts anything and is never required. */
  understood: boolean;
  optional: boolean;
  hasDefault: boolean;
  default?: unknown;
  enum?: unknown[];
  format?: FieldFormat;
  items?: Reading;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  description?: string;
  relation?: { collection: string };
  shape?: Shape;
  /** `z.null()` or `z.undefined()`: in a union they add no type (the model cannot say "null allowed"). */
  noValue?: boolean;
}

export interface Shape {
  fields: Map<string, Reading>;
  /** False when a spread or computed key may add keys this reading cannot see. */
  complete: boolean;
  passthrough: boolean;
}

export function anything(understood: boolean): Reading {
  return { types: [], understood, optional: !understood, hasDefault: false };
}

export function ofType(...types: FieldType[]): Reading {
  return { types, understood: true, optional: false, hasDefault: false };
}

export function mergeShape(target: Shape, added: Shape): void {
  for (const [key, field] of added.fields) target.fields.set(key, field);
  target.complete &&= added.complete;
}

export function union(members: Reading[]): Reading {
  const result = ofType();
  if (members.some((m) => m.types.length === 0 && !m.noValue)) {
    result.understood = members.every((m) => m.understood);
    result.optional = !result.understood || members.some((m) => m.optional);
    return result;
  }
  const typed = members.filter((m) => !m.noValue);
  for (const member of typed) for (const type of member.types) if (!result.types.includes(type)) result.types.push(type);
  if (typed.length > 0 && typed.every((m) => m.shape)) result.shape = unionShape(typed.map((m) => m.shape!));
  if (typed.every((m) => m.enum)) result.enum = typed.flatMap((m) => m.enum!);
  if (typed.every((m) => m.format === typed[0]?.format)) result.format = typed[0]?.format;
  if (result.types.length === 1 && result.types[0] === 'array') result.items = typed.length === 1 ? typed[0].items : undefined;
  result.optional = members.some((m) => m.optional);
  result.hasDefault = members.some((m) => m.hasDefault);
  if (typed.every((m) => m.description === typed[0]?.description)) result.description = typed[0]?.description;
  return result;
}

/**
 * The keys of a post that may take any of several shapes (`z.discriminatedUnion('type', [...])`): every variant's
 * keys, each required only where every variant requires it.
 */
function unionShape(shapes: Shape[]): Shape {
  const fields = new Map<string, Reading>();
  const names = new Set(shapes.flatMap((shape) => [...shape.fields.keys()]));
  for (const name of names) {
    const variants = shapes.map((shape) => shape.fields.get(name)).filter((f): f is Reading => f !== undefined);
    const field = variants.length === 1 ? variants[0] : union(variants);
    if (variants.length < shapes.length) field.optional = true;
    fields.set(name, field);
  }
  return { fields, complete: shapes.every((s) => s.complete), passthrough: shapes.some((s) => s.passthrough) };
}

export function intersection(a: Reading, b: Reading): Reading {
  if (a.shape && b.shape) {
    mergeShape(a.shape, b.shape);
    a.shape.passthrough ||= b.shape.passthrough;
    return a;
  }
  return anything(a.understood && b.understood);
}

export function typesOfValues(values: readonly unknown[]): FieldType[] {
  const types: FieldType[] = [];
  for (const value of values) {
    const type = typeof value;
    const mapped: FieldType | undefined = type === 'string' ? 'string' : type === 'number' ? 'number' : type === 'boolean' ? 'boolean' : undefined;
    if (mapped && !types.includes(mapped)) types.push(mapped);
  }
  return types;
}

export function toField(name: string, reading: Reading): Field {
  const field: Record<string, unknown> = {
    name,
    types: reading.types,
    description: reading.description,
    format: reading.format,
    enum: reading.enum,
    default: reading.default,
    items: reading.items ? toField(name, reading.items) : undefined,
    minLength: reading.minLength,
    maxLength: reading.maxLength,
    minimum: reading.minimum,
    maximum: reading.maximum,
    pattern: reading.pattern,
    relation: reading.relation,
  };
  for (const key of Object.keys(field)) if (field[key] === undefined) delete field[key];
  return field as unknown as Field;
}
