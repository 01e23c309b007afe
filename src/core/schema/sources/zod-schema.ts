import { resolveName, staticValue } from '../../static-js/static-value';
import type { Expr, ModuleReading } from '../../static-js/syntax';
import type { Field, FieldFormat, FieldType } from '../model';

/**
 * Reads a zod schema from its source text (`z.object({ title: z.string().max(80), … })`) into fields, without
 * running it. Only the common shapes are followed; a part it does not know becomes a field that accepts any value,
 * because a missing check is better than a wrong one.
 */
export interface ZodScope {
  readonly module: ModuleReading;
  /** Local names bound to Astro's `image` helper (`({ image }) => …`) and to the schema context (`(ctx) => …`). */
  readonly imageNames: ReadonlySet<string>;
  readonly contextNames: ReadonlySet<string>;
  /** Records something that could not be read, at an offset of the source. */
  readonly report: (offset: number, message: string) => void;
  /** Quotes a piece of the source for a message. */
  readonly quote: (span: { readonly start: number; readonly end: number }) => string;
}

export interface ZodObjectReading {
  readonly fields: ReadonlyMap<string, Field>;
  /** Keys that must be present: neither optional nor defaulted, and understood. */
  readonly required: readonly string[];
  /** Whether keys the schema does not list get through: `.passthrough()`, or keys a static reading could not see. */
  readonly allowUnknownKeys: boolean;
}

/** A zod schema as read so far. Built fresh for every read, so methods may change it in place. */
interface Reading {
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

interface Shape {
  fields: Map<string, Reading>;
  /** False when a spread or computed key may add keys this reading cannot see. */
  complete: boolean;
  passthrough: boolean;
}

/** Reads a schema that should be a `z.object(…)`; undefined (with a problem reported) when it is not one. */
export function readZodObject(expr: Expr, scope: ZodScope, subject: string): ZodObjectReading | undefined {
  const reading = readZod(expr, scope, subject, 0);
  if (!reading.shape) {
    if (reading.understood) scope.report(expr.start, `the schema of ${subject} is not a \`z.object({ … })\`, so its keys are not checked.`);
    return undefined;
  }
  const fields = new Map<string, Field>();
  const required: string[] = [];
  for (const [name, field] of reading.shape.fields) {
    fields.set(name, toField(name, field));
    if (field.understood && !field.optional && !field.hasDefault) required.push(name);
  }
  return { fields, required, allowUnknownKeys: reading.shape.passthrough || !reading.shape.complete };
}

const MAX_DEPTH = 60;

function anything(understood: boolean): Reading {
  return { types: [], understood, optional: !understood, hasDefault: false };
}

function ofType(...types: FieldType[]): Reading {
  return { types, understood: true, optional: false, hasDefault: false };
}

/** A chain `base.m1(…).m2(…)` taken apart: the innermost expression and the method calls on it, in order. */
function chainOf(expr: Expr): { base: Expr; calls: Array<{ name: string; args: readonly Expr[]; at: number }> } {
  const calls: Array<{ name: string; args: readonly Expr[]; at: number }> = [];
  let current = expr;
  while (current.kind === 'call' && current.callee.kind === 'member') {
    calls.unshift({ name: current.callee.property, args: current.args, at: current.callee.end });
    current = current.callee.object;
  }
  return { base: current, calls };
}

function readZod(expr: Expr, scope: ZodScope, subject: string, depth: number): Reading {
  if (depth > MAX_DEPTH) return anything(false);
  const { base, calls } = chainOf(expr);
  let reading: Reading | undefined;
  let methods = calls;
  const { module } = scope;

  if (base.kind === 'identifier' && calls.length > 0 && isZod(base.name, module)) {
    reading = construct(calls[0].name, calls[0].args, scope, subject, depth);
    methods = calls.slice(1);
  } else if (base.kind === 'member' && base.object.kind === 'identifier' && isZod(base.object.name, module) && calls.length > 0) {
    reading = construct(`${base.property}.${calls[0].name}`, calls[0].args, scope, subject, depth);
    methods = calls.slice(1);
  } else if (base.kind === 'identifier' && calls.length > 0 && scope.contextNames.has(base.name) && calls[0].name === 'image') {
    reading = { ...ofType('string'), format: 'image' };
    methods = calls.slice(1);
  } else if (base.kind === 'call' && base.callee.kind === 'identifier' && scope.imageNames.has(base.callee.name)) {
    reading = { ...ofType('string'), format: 'image' };
  } else if (base.kind === 'call' && base.callee.kind === 'identifier' && isImported(base.callee.name, 'reference', module)) {
    const target = base.args[0] ? staticValue(base.args[0], module) : undefined;
    reading = ofType('string');
    if (target?.ok && typeof target.value === 'string') reading.relation = { collection: target.value };
  } else if (base.kind === 'identifier' && module.bindings.has(base.name)) {
    reading = readZod(resolveName(base, module), scope, subject, depth + 1);
  }

  if (!reading) {
    const from = base.kind === 'identifier' ? module.imports.get(base.name)?.from : undefined;
    scope.report(base.start, from
      ? `${subject} uses \`${scope.quote(base)}\` from \`${from}\`, which a static reading does not follow; any value is accepted.`
      : `${subject} is \`${scope.quote(expr)}\`, which a static reading cannot follow; any value is accepted.`);
    return anything(false);
  }
  for (const call of methods) {
    const next = applyMethod(reading, call.name, call.args, scope, subject, depth);
    if (!next) {
      scope.report(call.at, `${subject} calls \`.${call.name}()\`, which a static reading does not know; any value is accepted.`);
      return anything(false);
    }
    reading = next;
  }
  return reading;
}

function construct(name: string, args: readonly Expr[], scope: ZodScope, subject: string, depth: number): Reading | undefined {
  const [first, second] = args;
  const inner = (arg: Expr | undefined) => (arg ? readZod(arg, scope, subject, depth + 1) : anything(false));
  switch (name) {
    case 'string': case 'email': case 'uuid': case 'guid': case 'cuid': case 'cuid2': case 'ulid': case 'nanoid':
    case 'base64': case 'ipv4': case 'ipv6': case 'emoji': case 'iso.date': case 'iso.time': case 'iso.duration':
      return ofType('string');
    case 'url': return { ...ofType('string'), format: 'url' };
    case 'iso.datetime': return { ...ofType('string'), format: 'date-time' };
    case 'number': return ofType('number');
    case 'int': case 'int32': return ofType('integer');
    case 'boolean': return ofType('boolean');
    case 'date': case 'coerce.date': return ofType('date');
    // Coercion turns numeric text into a number, and anything at all into text or a boolean.
    case 'coerce.number': return ofType('number', 'string');
    case 'coerce.string': case 'coerce.boolean': case 'coerce.bigint': case 'bigint':
    case 'any': case 'unknown': case 'custom': case 'lazy': case 'instanceof': case 'preprocess': case 'never':
    case 'map': case 'set': case 'function': case 'promise': case 'nativeEnum': case 'symbol':
      return anything(true);
    case 'null': return { ...anything(true), noValue: true };
    case 'undefined': case 'void': return { ...anything(true), optional: true, noValue: true };
    case 'array': return { ...ofType('array'), items: inner(first) };
    case 'tuple': return ofType('array');
    case 'record': return ofType('object');
    case 'object': case 'strictObject': case 'looseObject': {
      const shape = first ? readShape(first, scope, subject, depth) : { fields: new Map(), complete: true, passthrough: false };
      if (name === 'looseObject') shape.passthrough = true;
      return { ...ofType('object'), shape };
    }
    case 'enum': return enumOf(first, scope);
    case 'literal': {
      const value = first ? staticValue(first, scope.module) : undefined;
      if (!value?.ok) return ofType();
      return { ...ofType(...typesOfValues([value.value])), enum: [value.value] };
    }
    case 'union': case 'discriminatedUnion': {
      const list = resolveName((name === 'union' ? first : second) ?? first, scope.module);
      if (!list || list.kind !== 'array') return anything(false);
      return union(list.items.map((item) => readZod(item, scope, subject, depth + 1)));
    }
    case 'intersection': return intersection(inner(first), inner(second));
    case 'optional': return { ...inner(first), optional: true };
    case 'nullable': return inner(first);
    case 'nullish': return { ...inner(first), optional: true };
    default: return undefined;
  }
}

/** The schema a method call makes of `reading`; undefined for a method this reading does not know. */
function applyMethod(reading: Reading, name: string, args: readonly Expr[], scope: ZodScope, subject: string, depth: number): Reading | undefined {
  const [first] = args;
  const number = first ? staticValue(first, scope.module) : undefined;
  const n = number?.ok && typeof number.value === 'number' ? number.value : undefined;
  const isText = reading.types.includes('string');
  const isNumber = reading.types.includes('number') || reading.types.includes('integer');
  switch (name) {
    case 'optional': case 'nullish': reading.optional = true; return reading;
    // The model has no "null allowed"; like Astro's generated JSON Schema, the type stays.
    case 'nullable': return reading;
    case 'default': case 'catch': case 'prefault': {
      reading.hasDefault = true;
      const value = first ? staticValue(first, scope.module) : undefined;
      if (value?.ok) reading.default = value.value;
      return reading;
    }
    case 'describe': {
      const text = first ? staticValue(first, scope.module) : undefined;
      if (text?.ok && typeof text.value === 'string') reading.description = text.value;
      return reading;
    }
    case 'meta': {
      const meta = first ? staticValue(first, scope.module) : undefined;
      const description = meta?.ok ? (meta.value as { description?: unknown } | null)?.description : undefined;
      if (typeof description === 'string') reading.description = description;
      return reading;
    }
    case 'min': case 'gte': case 'nonempty': case 'length':
      if (isText) reading.minLength = name === 'nonempty' ? 1 : n;
      else if (isNumber && name !== 'nonempty' && name !== 'length') reading.minimum = n;
      if (isText && name === 'length') reading.maxLength = n;
      return reading;
    case 'max': case 'lte':
      if (isText) reading.maxLength = n;
      else if (isNumber) reading.maximum = n;
      return reading;
    case 'nonnegative': reading.minimum = 0; return reading;
    case 'nonpositive': reading.maximum = 0; return reading;
    case 'int': case 'safe':
      reading.types = reading.types.map((t) => (t === 'number' ? 'integer' : t));
      return reading;
    case 'url': reading.format = 'url'; return reading;
    case 'datetime': reading.format = 'date-time'; return reading;
    case 'regex':
      if (first?.kind === 'regex' && first.flags === '') reading.pattern = first.pattern;
      return reading;
    case 'array': return { ...ofType('array'), items: reading };
    case 'or': return union([reading, first ? readZod(first, scope, subject, depth + 1) : anything(false)]);
    case 'and': return intersection(reading, first ? readZod(first, scope, subject, depth + 1) : anything(false));
    case 'strict': case 'strip':
      if (reading.shape) reading.shape.passthrough = false;
      return reading;
    case 'passthrough': case 'catchall': case 'loose':
      if (reading.shape) reading.shape.passthrough = true;
      return reading;
    case 'extend': case 'merge': case 'safeExtend': {
      if (!reading.shape || !first) return reading;
      const resolved = resolveName(first, scope.module);
      const added = resolved.kind === 'object' ? readShape(resolved, scope, subject, depth) : readZod(first, scope, subject, depth + 1).shape;
      if (!added) reading.shape.complete = false;
      else mergeShape(reading.shape, added);
      return reading;
    }
    case 'pick': case 'omit': {
      const mask = first ? staticValue(first, scope.module) : undefined;
      if (!reading.shape || !mask?.ok || typeof mask.value !== 'object' || mask.value === null) return anything(false);
      const keys = new Set(Object.keys(mask.value));
      for (const key of [...reading.shape.fields.keys()]) {
        if (keys.has(key) !== (name === 'pick')) reading.shape.fields.delete(key);
      }
      return reading;
    }
    case 'partial': case 'required': case 'deepPartial': {
      if (!reading.shape) return reading;
      const mask = first ? staticValue(first, scope.module) : undefined;
      const only = mask?.ok && typeof mask.value === 'object' && mask.value !== null ? new Set(Object.keys(mask.value)) : undefined;
      for (const [key, field] of reading.shape.fields) {
        if (!only || only.has(key)) field.optional = name !== 'required';
      }
      return reading;
    }
    // Checks and conversions that keep the type of what is written (`transform` changes only what comes out).
    case 'positive': case 'negative': case 'gt': case 'lt': case 'finite': case 'multipleOf': case 'step':
    case 'email': case 'uuid': case 'guid': case 'cuid': case 'cuid2': case 'ulid': case 'nanoid': case 'emoji':
    case 'base64': case 'ip': case 'ipv4': case 'ipv6': case 'cidr': case 'date': case 'time': case 'duration':
    case 'startsWith': case 'endsWith': case 'includes': case 'trim': case 'toLowerCase': case 'toUpperCase':
    case 'lowercase': case 'uppercase': case 'normalize':
    case 'refine': case 'superRefine': case 'check': case 'transform': case 'pipe': case 'brand': case 'readonly':
    case 'overwrite':
      return reading;
    default:
      return undefined;
  }
}

function readShape(expr: Expr, scope: ZodScope, subject: string, depth: number): Shape {
  const shape: Shape = { fields: new Map(), complete: true, passthrough: false };
  const object = resolveName(expr, scope.module);
  if (object.kind !== 'object') {
    scope.report(expr.start, `the keys of ${subject} are \`${scope.quote(expr)}\`, which a static reading cannot follow; unknown keys are not reported.`);
    return { ...shape, complete: false };
  }
  for (const entry of object.entries) {
    if (entry.kind === 'property') {
      shape.fields.set(entry.key, readZod(entry.value, scope, `\`${entry.key}\` in ${subject}`, depth + 1));
    } else if (entry.kind === 'spread') {
      const spread = spreadShape(entry.argument, scope, subject, depth);
      if (spread) mergeShape(shape, spread);
      else {
        shape.complete = false;
        scope.report(entry.start, `${subject} spreads \`${scope.quote(entry)}\`, which a static reading cannot follow; its keys are not checked and unknown keys are not reported.`);
      }
    } else {
      shape.complete = false;
      scope.report(entry.start, `${subject} has \`${scope.quote(entry)}\`, a key a static reading cannot name; unknown keys are not reported.`);
    }
  }
  return shape;
}

/** The keys `...fields` or `...baseSchema.shape` adds to an object. */
function spreadShape(argument: Expr, scope: ZodScope, subject: string, depth: number): Shape | undefined {
  const resolved = resolveName(argument, scope.module);
  if (resolved.kind === 'object') return readShape(resolved, scope, subject, depth + 1);
  if (resolved.kind === 'member' && resolved.property === 'shape' && resolved.object.kind === 'identifier' && scope.module.bindings.has(resolved.object.name)) {
    return readZod(resolved.object, scope, subject, depth + 1).shape;
  }
  return undefined;
}

function mergeShape(target: Shape, added: Shape): void {
  for (const [key, field] of added.fields) target.fields.set(key, field);
  target.complete &&= added.complete;
}

function enumOf(values: Expr | undefined, scope: ZodScope): Reading {
  const list = values ? staticValue(values, scope.module) : undefined;
  if (!list?.ok) return ofType('string');
  const items = Array.isArray(list.value) ? list.value : typeof list.value === 'object' && list.value !== null ? Object.values(list.value) : [];
  return { ...ofType(...typesOfValues(items)), enum: items };
}

function union(members: Reading[]): Reading {
  const result = ofType();
  if (members.some((m) => m.types.length === 0 && !m.noValue)) {
    result.understood = members.every((m) => m.understood);
    result.optional = !result.understood || members.some((m) => m.optional);
    return result;
  }
  const typed = members.filter((m) => !m.noValue);
  for (const member of typed) for (const type of member.types) if (!result.types.includes(type)) result.types.push(type);
  if (typed.every((m) => m.enum)) result.enum = typed.flatMap((m) => m.enum!);
  if (typed.every((m) => m.format === typed[0]?.format)) result.format = typed[0]?.format;
  if (result.types.length === 1 && result.types[0] === 'array') result.items = typed.length === 1 ? typed[0].items : undefined;
  result.optional = members.some((m) => m.optional);
  return result;
}

function intersection(a: Reading, b: Reading): Reading {
  if (a.shape && b.shape) {
    mergeShape(a.shape, b.shape);
    a.shape.passthrough ||= b.shape.passthrough;
    return a;
  }
  return anything(a.understood && b.understood);
}

function typesOfValues(values: readonly unknown[]): FieldType[] {
  const types: FieldType[] = [];
  for (const value of values) {
    const type = typeof value;
    const mapped: FieldType | undefined = type === 'string' ? 'string' : type === 'number' ? 'number' : type === 'boolean' ? 'boolean' : undefined;
    if (mapped && !types.includes(mapped)) types.push(mapped);
  }
  return types;
}

function isZod(name: string, module: ModuleReading): boolean {
  const source = module.imports.get(name);
  if (!source) return name === 'z';
  return source.imported === 'z' || (/(^|\/)zod$/.test(source.from) && (source.imported === '*' || source.imported === 'default'));
}

function isImported(name: string, exported: string, module: ModuleReading): boolean {
  const source = module.imports.get(name);
  return source ? source.imported === exported : name === exported;
}

function toField(name: string, reading: Reading): Field {
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
