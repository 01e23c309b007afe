import type { FieldType } from './model';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Whether a string is a date a site build reads unambiguously (ISO 8601: `2025-09-02`, `2025-09-02T10:00:00Z`). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function matchesType(value: unknown, type: FieldType): boolean {
  switch (type) {
    case 'string': return typeof value === 'string';
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    case 'integer': return typeof value === 'number' && Number.isInteger(value);
    case 'boolean': return typeof value === 'boolean';
    case 'date': return value instanceof Date || (typeof value === 'string' && isIsoDate(value));
    case 'array': return Array.isArray(value);
    case 'object': return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
  }
}

/** How a value reads to the author: "the text `yes`", "a number", "a list". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string') return `the text \`${value.length > 40 ? value.slice(0, 37) + '…' : value}\``;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `\`${value}\``;
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  return 'a nested set of keys';
}

const TYPE_NAMES: Record<FieldType, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: '`true` or `false`',
  date: 'a date such as `2025-09-02`',
  array: 'a list',
  object: 'a nested set of keys',
};

export function describeTypes(types: readonly FieldType[]): string {
  return types.map((t) => TYPE_NAMES[t]).join(' or ');
}
