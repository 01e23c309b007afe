import type { Expr, ModuleReading } from './syntax';

/**
 * Follows a name to the expression its top-level `const` binds, as often as it takes (`schema: blogSchema`).
 * Stops at names the module does not bind (imports, parameters) and at cycles.
 */
export function resolveName(expr: Expr, module: ModuleReading): Expr {
  const seen = new Set<string>();
  let current = expr;
  while (current.kind === 'identifier' && !seen.has(current.name)) {
    seen.add(current.name);
    const bound = module.bindings.get(current.name);
    if (!bound) break;
    current = bound;
  }
  return current;
}

export type StaticValue = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

const NOT_STATIC: StaticValue = { ok: false };

/** The value of a literal, or of an array or object made only of literals (a `.default([])`); nothing is run. */
export function staticValue(expr: Expr, module: ModuleReading, depth = 0): StaticValue {
  if (depth > 50) return NOT_STATIC;
  const resolved = resolveName(expr, module);
  switch (resolved.kind) {
    case 'literal':
      return { ok: true, value: resolved.value };
    case 'array': {
      const values: unknown[] = [];
      for (const item of resolved.items) {
        const value = staticValue(item, module, depth + 1);
        if (!value.ok) return NOT_STATIC;
        values.push(value.value);
      }
      return { ok: true, value: values };
    }
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const entry of resolved.entries) {
        if (entry.kind !== 'property') return NOT_STATIC;
        const value = staticValue(entry.value, module, depth + 1);
        if (!value.ok) return NOT_STATIC;
        result[entry.key] = value.value;
      }
      return { ok: true, value: result };
    }
    default:
      return NOT_STATIC;
  }
}
