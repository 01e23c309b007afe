import { resolveName, staticValue } from '../../static-js/static-value';
import type { Expr, ModuleReading } from '../../static-js/syntax';
import { anything, intersection, mergeShape, ofType, type Reading, type Shape, union } from './zod-reading';

/**
 * What zod's methods (`.optional()`, `.min(1)`, `.default([])`, `.extend({ … })`, …) do to a schema, for a static
 * reading. Methods that only add checks or change what comes out (`.refine`, `.transform`) keep what is written.
 */
export interface MethodContext {
  readonly module: ModuleReading;
  /** Reads another schema that a method takes (`.or(z.number())`). */
  readonly read: (expr: Expr) => Reading;
  /** Reads the keys of an object literal (`.extend({ … })`). */
  readonly readShape: (expr: Expr) => Shape;
}

/** The schema a method call makes of `reading`; undefined for a method (or arguments) this reading cannot follow. */
export function applyMethod(reading: Reading, name: string, args: readonly Expr[], context: MethodContext): Reading | undefined {
  const [first] = args;
  const number = first ? staticValue(first, context.module) : undefined;
  const n = number?.ok && typeof number.value === 'number' ? number.value : undefined;
  const isText = reading.types.includes('string');
  const isNumber = reading.types.includes('number') || reading.types.includes('integer');
  switch (name) {
    case 'optional': case 'nullish': reading.optional = true; return reading;
    // The model has no "null allowed"; like Astro's generated JSON Schema, the type stays.
    case 'nullable': return reading;
    case 'default': case 'catch': case 'prefault': {
      reading.hasDefault = true;
      const value = first ? staticValue(first, context.module) : undefined;
      if (value?.ok) reading.default = value.value;
      return reading;
    }
    case 'describe': {
      const text = first ? staticValue(first, context.module) : undefined;
      if (text?.ok && typeof text.value === 'string') reading.description = text.value;
      return reading;
    }
    case 'meta': {
      const meta = first ? staticValue(first, context.module) : undefined;
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
    case 'or': return union([reading, first ? context.read(first) : anything(false)]);
    case 'and': return intersection(reading, first ? context.read(first) : anything(false));
    case 'strict': case 'strip':
      if (reading.shape) reading.shape.passthrough = false;
      return reading;
    case 'passthrough': case 'catchall': case 'loose':
      if (reading.shape) reading.shape.passthrough = true;
      return reading;
    case 'extend': case 'merge': case 'safeExtend': {
      if (!reading.shape || !first) return reading;
      const resolved = resolveName(first, context.module);
      const added = resolved.kind === 'object' ? context.readShape(resolved) : context.read(first).shape;
      if (!added) reading.shape.complete = false;
      else mergeShape(reading.shape, added);
      return reading;
    }
    case 'pick': case 'omit': {
      const mask = first ? staticValue(first, context.module) : undefined;
      if (!reading.shape || !mask?.ok || typeof mask.value !== 'object' || mask.value === null) return undefined;
      const keys = new Set(Object.keys(mask.value));
      for (const key of [...reading.shape.fields.keys()]) {
        if (keys.has(key) !== (name === 'pick')) reading.shape.fields.delete(key);
      }
      return reading;
    }
    case 'partial': case 'required': case 'deepPartial': {
      if (!reading.shape) return reading;
      const mask = first ? staticValue(first, context.module) : undefined;
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

