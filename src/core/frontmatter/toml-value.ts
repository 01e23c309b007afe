import { parse as parseToml, TomlDate } from 'smol-toml';
import { parse as parseYaml } from 'yaml';

const BARE_KEY = /^[A-Za-z0-9_-]+$/;

/**
 * Writes a value as TOML source for a single line: strings double-quoted, lists `["a", "b"]`, dates bare.
 * TOML has no null, so an empty value is written as an empty string for the author to fill in.
 */
export function tomlValue(value: unknown): string {
  if (value === null || value === undefined) return '""';
  if (typeof value === 'string') return basicString(value);
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'number') return Number.isNaN(value) ? 'nan' : Number.isFinite(value) ? String(value) : value > 0 ? 'inf' : '-inf';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '""' : value.toISOString(); // a TomlDate keeps its form
  if (Array.isArray(value)) return `[${value.map(tomlValue).join(', ')}]`;
  if (typeof value === 'object') {
    const pairs = Object.entries(value).map(([key, item]) => `${tomlKey(key)} = ${tomlValue(item)}`);
    return pairs.length === 0 ? '{}' : `{ ${pairs.join(', ')} }`;
  }
  return basicString(String(value));
}

export function tomlKey(key: string): string {
  return BARE_KEY.test(key) ? key : basicString(key);
}

/**
 * The TOML for a value given as YAML source (what `yamlValue` writes and quick fixes pass around). A plain date
 * such as `2025-09-02` stays bare, so TOML reads it as a date; quoted YAML stays text.
 */
export function tomlValueFromYaml(source: string): string {
  const trimmed = source.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(trimmed) && isTomlDate(trimmed)) return trimmed;
  try {
    return tomlValue(parseYaml(trimmed));
  } catch {
    return basicString(trimmed);
  }
}

function isTomlDate(source: string): boolean {
  try {
    return parseToml(`date = ${source}`).date instanceof TomlDate;
  } catch {
    return false;
  }
}

/** JSON's escapes are valid in a TOML basic string; DEL is the one control character JSON leaves raw. */
function basicString(text: string): string {
  return JSON.stringify(text).replace(/\u007f/g, '\\u007F');
}
