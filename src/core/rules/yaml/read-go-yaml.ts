import type { Reading } from './site-reader';

/*
 * How Hugo (v0.152 and later) types a plain scalar: goccy/go-yaml's token.New checks a short list of reserved
 * words (YAML 1.2's: `yes`/`no`/`on`/`off` are text), then token.ToNumber: `_` anywhere but first is dropped, a
 * leading `0` means octal (`010` is 8; `089` is not a number, so text), one `.` makes a float, and whatever Go's
 * ParseUint/ParseFloat reject (`1e3`, `1:30`) stays text. Into Hugo's untyped front matter map a timestamp stays
 * text too; Hugo reads date fields from that text itself.
 */

const RESERVED = new Map<string, Reading>([
  ...['null', 'Null', 'NULL', '~'].map((w): [string, Reading] => [w, { kind: 'null' }]),
  ...['true', 'True', 'TRUE'].map((w): [string, Reading] => [w, { kind: 'boolean', value: true }]),
  ...['false', 'False', 'FALSE'].map((w): [string, Reading] => [w, { kind: 'boolean', value: false }]),
  ...['.inf', '.Inf', '.INF'].map((w): [string, Reading] => [w, { kind: 'number', value: Infinity }]),
  ...['-.inf', '-.Inf', '-.INF'].map((w): [string, Reading] => [w, { kind: 'number', value: -Infinity }]),
  ...['.nan', '.NaN', '.NAN'].map((w): [string, Reading] => [w, { kind: 'number', value: NaN }]),
]);

const UINT64_MAX = 2n ** 64n - 1n;
const INT64_MIN = -(2n ** 63n);
const GO_FLOAT = /^-?(?:\d+\.\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

export function readGoYaml(plain: string): Reading {
  if (plain === '') return { kind: 'null' };
  return RESERVED.get(plain) ?? readNumber(plain) ?? { kind: 'text' };
}

function readNumber(value: string): Reading | undefined {
  if (value.startsWith('_')) return undefined;
  const dots = value.split('.').length - 1;
  if (dots > 1) return undefined;
  const negative = value.startsWith('-');
  let digits = value.replace(/^\+/, '').replace(/^-/, '').replace(/_/g, '');
  let base = 10;
  let octal = false;
  if (/^0[xob]/.test(digits)) {
    base = digits[1] === 'x' ? 16 : digits[1] === 'o' ? 8 : 2;
    octal = base === 8;
    digits = digits.slice(2);
  } else if (digits.startsWith('0') && digits.length > 1 && dots === 0) {
    base = 8;
    octal = true;
  } else if (dots === 1) {
    const text = (negative ? '-' : '') + digits;
    if (!GO_FLOAT.test(text)) return undefined;
    const float = Number(text);
    return Number.isFinite(float) ? { kind: 'number', value: float } : undefined;
  }
  const integer = parseUnsigned(digits, base);
  if (integer === undefined) return undefined;
  const signed = negative ? -integer : integer;
  if (signed > UINT64_MAX || signed < INT64_MIN) return undefined;
  return { kind: 'number', value: Number(signed), ...(octal ? { notation: 'octal' as const } : {}) };
}

/** Go's strconv.ParseUint with an explicit base: digits of that base only, at least one. */
function parseUnsigned(digits: string, base: number): bigint | undefined {
  const allowed = base === 16 ? /^[\da-fA-F]+$/ : base === 8 ? /^[0-7]+$/ : base === 2 ? /^[01]+$/ : /^\d+$/;
  if (!allowed.test(digits)) return undefined;
  const prefix = base === 16 ? '0x' : base === 8 ? '0o' : base === 2 ? '0b' : '';
  return BigInt(prefix + digits);
}
