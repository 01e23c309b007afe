import { isScalar, isSeq } from 'yaml';
import type { Field, FieldType } from '../../schema/model';
import { matchesType } from '../../schema/value-type';
import { RULE_CODES } from '../codes';
import type { Fix, Problem, Rule } from '../problem';
import { quotePlainFix } from './quote-plain';
import { describeReading, readerFor, type Reading, type SiteReader } from './site-reader';

/**
 * Unquoted values that the site's own YAML reader types differently from what the author most likely meant.
 *
 * The split with wrong-type: wrong-type judges the value as this extension's YAML 1.2 reader types it. This rule
 * speaks only where that reading is accepted (or the key has no type) and the site's reader then differs or loses
 * what was written: `title: NO` on Jekyll (a boolean there), `title: 2025-01-01` on js-yaml sites (a Date),
 * `weight: 010` on Hugo or Jekyll (octal 8), `zip: 01234` in a key without a type (the zero is lost), `featured: no`
 * in a key without a type on a YAML 1.2 site (text, so true in templates).
 */
export const readerMismatch: Rule = ({ post, schema, siteKind }) => {
  if (post.block?.format !== 'yaml') return [];
  const offset = post.block.contentStart;
  const reader = readerFor(siteKind);
  const problems: Problem[] = [];
  const check = (node: unknown, field: Field | undefined) => {
    if (!isScalar(node) || node.type !== 'PLAIN' || node.tag || !node.range) return;
    const start = offset + node.range[0];
    const end = offset + node.range[1];
    const source = post.text.slice(start, end);
    // A plain value folded over several lines is left alone: quoting it is not a one-line edit.
    if (source === '' || source !== node.source) return;
    const problem = judge({ reader, source, start, end, value: node.value, types: field?.types ?? [] });
    if (problem) problems.push(problem);
  };
  for (const entry of post.entries) {
    const field = schema.fields.get(entry.key);
    if (!isSeq(entry.node)) {
      check(entry.node, field);
    } else if (!field || field.types.length === 0 || field.types.includes('array')) {
      for (const item of entry.node.items) check(item, field?.items);
    }
  }
  return problems;
};

interface Value {
  readonly reader: SiteReader;
  readonly source: string;
  readonly start: number;
  readonly end: number;
  /** The value as YAML 1.2 reads it (what wrong-type judged). */
  readonly value: unknown;
  /** The field's accepted types; empty when the key has no type. */
  readonly types: readonly FieldType[];
}

function judge(v: Value): Problem | undefined {
  const { value, types } = v;
  if (value === null || (types.length > 0 && !types.some((type) => matchesType(value, type)))) return undefined;
  const reading = v.reader.read(v.source);
  if (typeof value === 'string') return judgeText(v, reading);
  if (typeof value === 'number') return judgeNumber(v, value, reading);
  return undefined;
}

function judgeText(v: Value, reading: Reading): Problem | undefined {
  const { source, types } = v;
  if (types.length === 0) {
    if (reading.kind === 'number' && losesWriting(source, reading)) return keptAsWritten(v, reading);
    if (reading.kind === 'text' && /^(?:yes|no|on|off)$/i.test(source)) return yesNoAsText(v);
    return undefined;
  }
  if (!types.includes('string') || reading.kind === 'text' || accepts(types, reading)) return undefined;
  return problem(v, `${v.reader.name} reads \`${source}\` as ${describeReading(reading)}, not the text "${source}". Put it in quotes to keep it as text.`, [quotePlainFix(source, v.start, v.end)]);
}

function judgeNumber(v: Value, value: number, reading: Reading): Problem | undefined {
  const { source, types } = v;
  const numeric = types.includes('number') || types.includes('integer');
  if (!numeric && types.length > 0) return undefined;
  const written = String(value);
  if (reading.kind === 'number') {
    const same = reading.value === value || (Number.isNaN(reading.value) && Number.isNaN(value));
    if (!numeric) return !same || losesWriting(source, reading) ? keptAsWritten(v, reading) : undefined;
    if (same) return undefined;
    const fixes = [writeFix(written, v)];
    if (types.includes('string')) fixes.push(quotePlainFix(source, v.start, v.end));
    return problem(v, `${v.reader.name} reads \`${source}\` as ${describeReading(reading)}, not ${written}. Write \`${written}\`.`, fixes);
  }
  if (reading.kind === 'text' && numeric) {
    return problem(v, `${v.reader.name} reads \`${source}\` as the text "${source}", not a number. Write \`${written}\`.`, [writeFix(written, v)]);
  }
  return undefined;
}

/** A number in a key without a type, where the reader drops part of what was written (a zip code, a version). */
function keptAsWritten(v: Value, reading: Reading): Problem {
  return problem(v, `${v.reader.name} reads \`${v.source}\` as ${describeReading(reading)}, not the text "${v.source}". Put it in quotes to keep it as written.`, [quotePlainFix(v.source, v.start, v.end)]);
}

/** `featured: no` in a key without a type, on a YAML 1.2 reader: text, which every template language treats as true. */
function yesNoAsText(v: Value): Problem {
  const meant = /^(?:yes|on)$/i.test(v.source);
  const truthy = meant ? '' : ', which templates treat as true';
  return problem(
    v,
    `${v.reader.name} reads \`${v.source}\` as the text "${v.source}", not the boolean ${meant}${truthy}. Write \`${meant}\` for a yes/no setting, or quote the value to keep the text.`,
    [writeFix(String(meant), v), quotePlainFix(v.source, v.start, v.end)],
  );
}

/** Leading or trailing zeros, `,` separators, octal and base 60: the number no longer shows what was typed. */
function losesWriting(source: string, reading: Reading): boolean {
  if (reading.kind !== 'number') return false;
  if (reading.notation) return true;
  const unsigned = source.replace(/^[-+]/, '');
  return /^0\d/.test(unsigned) || /\.\d*0$/.test(unsigned) || unsigned.includes(',');
}

function accepts(types: readonly FieldType[], reading: Reading): boolean {
  switch (reading.kind) {
    case 'boolean': return types.includes('boolean');
    case 'date': return types.includes('date');
    case 'number': return types.includes('number') || (types.includes('integer') && Number.isInteger(reading.value));
    default: return false;
  }
}

function writeFix(newText: string, v: Value): Fix {
  return { title: `Write \`${newText}\``, edits: [{ start: v.start, end: v.end, newText }] };
}

function problem(v: Value, message: string, fixes: Fix[]): Problem {
  return { code: RULE_CODES.readerMismatch, message, severity: 'warning', start: v.start, end: v.end, fixes };
}
