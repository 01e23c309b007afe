/** Writes a value as YAML source for a single line, quoting only where a plain scalar would change meaning. */
export function yamlValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `[${value.map(yamlValue).join(', ')}]`;
  if (typeof value === 'string') return isSafePlain(value) ? value : JSON.stringify(value);
  return JSON.stringify(value);
}

const RESERVED = /^(true|false|yes|no|on|off|y|n|null|~|-?\d[\d_.]*(e[+-]?\d+)?|0x[\da-f]+|0o[0-7]+|\.inf|\.nan)$/i;

function isSafePlain(value: string): boolean {
  if (value === '' || value !== value.trim()) return false;
  if (RESERVED.test(value)) return false;
  if (/^[-?:,\[\]{}#&*!|>'"%@`]/.test(value)) return false;
  return !/: |\s#|[\r\n\t]/.test(value) && !value.endsWith(':');
}
