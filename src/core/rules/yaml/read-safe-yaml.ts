import type { Reading } from './site-reader';

/*
 * How Jekyll types a plain scalar: it loads frontmatter with SafeYAML (the safe_yaml gem over Psych), which tries
 * integer, float, null, boolean and date in that order (lib/safe_yaml/transform/*.rb). YAML 1.1 shows through:
 * `yes`/`no`/`on`/`off` in any case are booleans, `010` is octal, `_` and `,` separate digits (`1,000` is 1000),
 * `1:30` is base 60 and an unquoted `2025-01-02` is a Date. `y` and `n` stay text.
 */

const BOOLEANS = new Map([['yes', true], ['on', true], ['true', true], ['no', false], ['off', false], ['false', false]]);
const SPECIAL_FLOATS = new Map([
  ['.inf', Infinity], ['.Inf', Infinity], ['.INF', Infinity],
  ['-.inf', -Infinity], ['-.Inf', -Infinity], ['-.INF', -Infinity],
  ['.nan', NaN], ['.NaN', NaN], ['.NAN', NaN],
]);
const BASE_60_INTEGER = /^[-+]?\d[\d_]*(?::[0-5]?\d)+$/;
const BASE_60_FLOAT = /^[-+]?\d[\d_]*(?::[0-5]?\d)+\.[\d_]*$/;
const FLOAT = /^[-+]?(?:\d[\d_]*)?\.[\d_]+(?:[eE][-+]\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|\s+)(\d{1,2}):(\d{2}):(\d{2})(?:\.\d*)?\s*(?:Z|[-+]\d{1,2}(?::?\d{2})?)?$/;

export function readSafeYaml(plain: string): Reading {
  return readInteger(plain) ?? readFloat(plain) ?? readWord(plain) ?? readDate(plain);
}

function readInteger(plain: string): Reading | undefined {
  // SafeYAML drops `_` and `,` before it tries any integer form.
  const digits = plain.replace(/[_,]/g, '');
  if (/^[-+]?(?:0|[1-9]\d*)$/.test(digits)) return { kind: 'number', value: Number(digits) };
  if (/^0[0-7]+$/.test(digits)) return { kind: 'number', value: parseInt(digits, 8), notation: 'octal' };
  if (/^[-+]?0x[\da-f]+$/i.test(digits)) return { kind: 'number', value: (digits.startsWith('-') ? -1 : 1) * parseInt(digits.replace(/^[-+]?0x/i, ''), 16) };
  if (/^0b[01]+$/.test(digits)) return { kind: 'number', value: parseInt(digits.slice(2), 2) };
  if (BASE_60_INTEGER.test(digits)) return { kind: 'number', value: base60(digits), notation: 'base 60' };
  return undefined;
}

function readFloat(plain: string): Reading | undefined {
  if (FLOAT.test(plain)) return { kind: 'number', value: Number(plain.replace(/_/g, '')) };
  const special = SPECIAL_FLOATS.get(plain);
  if (special !== undefined) return { kind: 'number', value: special };
  if (BASE_60_FLOAT.test(plain)) return { kind: 'number', value: base60(plain), notation: 'base 60' };
  return undefined;
}

function readWord(plain: string): Reading | undefined {
  const lower = plain.toLowerCase();
  if (lower === '' || lower === '~' || lower === 'null') return { kind: 'null' };
  const boolean = BOOLEANS.get(lower);
  return boolean === undefined ? undefined : { kind: 'boolean', value: boolean };
}

/** Ruby's Date.parse rejects a day that does not exist, and SafeYAML then keeps the text. */
function readDate(plain: string): Reading {
  const date = DATE.exec(plain);
  if (date) return isRealDay(date) ? { kind: 'date', withTime: false } : { kind: 'text' };
  const time = TIME.exec(plain);
  if (time && isRealDay(time) && Number(time[4]) < 24 && Number(time[5]) < 60 && Number(time[6]) < 61) return { kind: 'date', withTime: true };
  return { kind: 'text' };
}

function isRealDay(match: RegExpExecArray): boolean {
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `1:30` is 90: each `:` group counts sixty of the one after it (SafeYAML's Sexagesimal.value, sign quirk included). */
function base60(value: string): number {
  const [whole, fraction] = value.split('.');
  const total = whole.split(':').reduce((sum, part) => sum * 60 + Number(part.replace(/_/g, '')), 0);
  const result = total + (fraction ? Number(`0.${fraction.replace(/_/g, '')}`) : 0);
  return value.startsWith('-') ? -result : result;
}
