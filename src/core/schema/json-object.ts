/** A parsed JSON or YAML object, as the schema readers walk config files. */
export type Json = { readonly [key: string]: unknown };

/** Whether a parsed value is an object with keys (not null, not a list). */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
