import type { Reading } from './site-reader';

/*
 * How js-yaml types a plain scalar with its default schema: null, bool, int, float, then timestamp, in that order.
 * Version 4 (Astro, Eleventy) keeps to the YAML 1.2 core schema for numbers; version 3 (gray-matter) still reads
 * `010` as octal, `1_000` with separators and `1:30` in base 60. Both turn `2025-01-02` into a Date.
 */

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const BOOLEANS = new Map([['true', true], ['True', true], ['TRUE', true], ['false', false], ['False', false], ['FALSE', false]]);
const DATE = /^\d{4}-\d\d-\d\d$/;
const TIMESTAMP = /^\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?$/;
const SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

const INT_4 = /^[-+]?(?:0b[01]+|0x[\da-fA-F]+|0o[0-7]+|\d+)$/;
const FLOAT_4 = /^(?:[-+]?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)$/;

const INT_3 = /^[-+]?(?:0|0b[01_]*[01]|0x[\da-fA-F_]*[\da-fA-F]|0[0-7_]*[0-7]|[1-9](?:[\d_]*\d)?|[1-9][\d_]*(?::[0-5]?\d)+)$/;
const FLOAT_3 = /^(?:[-+]?(?:0|[1-9][\d_]*)(?:\.[\d_]*)?(?:[eE][-+]?\d+)?|\.[\d_]+(?:[eE][-+]?\d+)?|[-+]?\d[\d_]*(?::[0-5]?\d)+\.[\d_]*)$/;

export function readJsYaml4(plain: string): Reading {
  const word = readWord(plain);
  if (word) return word;
  if (INT_4.test(plain)) {
    const value = parseInteger(plain, false);
    if (Number.isFinite(value)) return { kind: 'number', value };
  }
  if (FLOAT_4.test(plain) && Number.isFinite(parseFloat(plain))) return { kind: 'number', value: parseFloat(plain) };
  return readTimestamp(plain);
}

export function readJsYaml3(plain: string): Reading {
  const word = readWord(plain);
  if (word) return word;
  if (INT_3.test(plain)) {
    const digits = plain.replace(/_/g, '');
    const unsigned = digits.replace(/^[-+]/, '');
    if (unsigned.includes(':')) return { kind: 'number', value: sign(digits) * base60(unsigned), notation: 'base 60' };
    const octal = /^0[0-7]+$/.test(unsigned);
    return { kind: 'number', value: parseInteger(digits, true), ...(octal ? { notation: 'octal' as const } : {}) };
  }
  if (FLOAT_3.test(plain) && !plain.endsWith('_')) {
    const digits = plain.replace(/_/g, '');
    const unsigned = digits.replace(/^[-+]/, '');
    if (unsigned.includes(':')) {
      const [whole, fraction] = unsigned.split('.');
      return { kind: 'number', value: sign(digits) * (base60(whole) + parseFloat(`0.${fraction || '0'}`)), notation: 'base 60' };
    }
    return { kind: 'number', value: parseFloat(digits) };
  }
  return readTimestamp(plain);
}

function readWord(plain: string): Reading | undefined {
  if (NULLS.has(plain)) return { kind: 'null' };
  const boolean = BOOLEANS.get(plain);
  if (boolean !== undefined) return { kind: 'boolean', value: boolean };
  if (SPECIAL_FLOAT.test(plain)) {
    const lower = plain.toLowerCase();
    return { kind: 'number', value: lower.endsWith('nan') ? NaN : lower.startsWith('-') ? -Infinity : Infinity };
  }
  return undefined;
}

function readTimestamp(plain: string): Reading {
  if (DATE.test(plain)) return { kind: 'date', withTime: false };
  if (TIMESTAMP.test(plain)) return { kind: 'date', withTime: true };
  return { kind: 'text' };
}

/** An integer without separators; a leading `0` is octal in js-yaml 3 and plain decimal in js-yaml 4. */
function parseInteger(digits: string, leadingZeroIsOctal: boolean): number {
  const unsigned = digits.replace(/^[-+]/, '');
  const prefix = unsigned.slice(0, 2);
  const value = prefix === '0b' ? parseInt(unsigned.slice(2), 2)
    : prefix === '0x' ? parseInt(unsigned.slice(2), 16)
      : prefix === '0o' ? parseInt(unsigned.slice(2), 8)
        : leadingZeroIsOctal && unsigned.length > 1 && unsigned.startsWith('0') ? parseInt(unsigned, 8)
          : parseInt(unsigned, 10);
  return sign(digits) * value;
}

function base60(unsigned: string): number {
  return unsigned.split(':').reduce((total, part) => total * 60 + parseInt(part, 10), 0);
}

function sign(digits: string): number {
  return digits.startsWith('-') ? -1 : 1;
}
