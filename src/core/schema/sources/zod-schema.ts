import { resolveName, staticValue } from '../../static-js/static-value';
import type { Expr, ModuleReading } from '../../static-js/syntax';
import type { Field } from '../model';
import { applyMethod } from './zod-methods';
import { anything, intersection, mergeShape, ofType, type Reading, type Shape, toField, typesOfValues, union } from './zod-reading';

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

/** A chain `base.m1(…).m2(…)` taken apart: the innermost expression and the method calls on it, in order. */
function chainOf(expr: Expr): { base: Expr; calls: Array<{ name: string; args: readonly Expr[]; at: number }> } {
  const calls: Array<{ name: string; args: readonly Expr[]; at: number }> = [];
  let current = expr;
  while (current.kind === 'call' && current.callee.kind === 'member') {
    calls.push({ name: current.callee.property, args: current.args, at: current.callee.end });
    current = current.callee.object;
  }
  return { base: current, calls: calls.reverse() };
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
  } else if (base.kind === 'call' && base.callee.kind === 'identifier') {
    // A helper of the config's own that returns a schema: `const postSchema = () => z.object({ … })`.
    const helper = resolveName(base.callee, module);
    if (helper.kind === 'function' && helper.body) reading = readZod(helper.body, scope, subject, depth + 1);
  }

  if (!reading) {
    const name = base.kind === 'identifier' ? base.name : base.kind === 'call' && base.callee.kind === 'identifier' ? base.callee.name : undefined;
    const from = name === undefined ? undefined : module.imports.get(name)?.from;
    scope.report(base.start, from
      ? `${subject} uses \`${scope.quote(base)}\` from \`${from}\`, which a static reading does not follow; any value is accepted.`
      : `${subject} is \`${scope.quote(expr)}\`, which a static reading cannot follow; any value is accepted.`);
    return anything(false);
  }
  for (const call of methods) {
    const next = applyMethod(reading, call.name, call.args, {
      module,
      read: (arg) => readZod(arg, scope, subject, depth + 1),
      readShape: (arg) => readShape(arg, scope, subject, depth + 1),
    });
    if (!next) {
      scope.report(call.at, `${subject} calls \`.${call.name}()\` in a way a static reading cannot follow; any value is accepted.`);
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

function enumOf(values: Expr | undefined, scope: ZodScope): Reading {
  const list = values ? staticValue(values, scope.module) : undefined;
  if (!list?.ok) return ofType('string');
  const items = Array.isArray(list.value) ? list.value : typeof list.value === 'object' && list.value !== null ? Object.values(list.value) : [];
  return { ...ofType(...typesOfValues(items)), enum: items };
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

