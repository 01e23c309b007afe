import { isSeq, type Node } from 'yaml';
import type { FrontmatterEntry } from '../frontmatter/parse-post';
import type { Field } from '../schema/model';
import { describeTypes, describeValue, matchesType } from '../schema/value-type';
import { RULE_CODES } from './codes';
import type { Fix, Problem, Rule } from './problem';

/** Values whose type is not the one the schema asks for, list items included. */
export const wrongType: Rule = ({ post, schema }) => {
  const problems: Problem[] = [];
  const offset = post.block?.contentStart ?? 0;
  for (const entry of post.entries) {
    const field = schema.fields.get(entry.key);
    if (!field || field.types.length === 0) continue;
    if (entry.value === null) {
      problems.push(emptyValue(entry, field));
      continue;
    }
    if (!field.types.some((type) => matchesType(entry.value, type))) {
      problems.push(mismatch(`\`${entry.key}\``, field, entry.value, entry.valueStart, entry.valueEnd, post.text));
      continue;
    }
    if (field.items && field.items.types.length > 0 && Array.isArray(entry.value) && isSeq(entry.node)) {
      for (const item of entry.node.items as Node[]) {
        const value = item.toJSON();
        if (!item.range || field.items.types.some((type) => matchesType(value, type))) continue;
        problems.push(mismatch(`Each item of \`${entry.key}\``, field.items, value, offset + item.range[0], offset + item.range[1], post.text));
      }
    }
  }
  return problems;
};

function emptyValue(entry: FrontmatterEntry, field: Field): Problem {
  return {
    code: RULE_CODES.emptyValue,
    message: `\`${entry.key}\` has no value; the build reads it as null. Give it ${describeTypes(field.types)}, or remove the key.`,
    severity: 'warning',
    start: entry.keyStart,
    end: entry.keyEnd,
  };
}

function mismatch(subject: string, field: Field, value: unknown, start: number, end: number, text: string): Problem {
  return {
    code: RULE_CODES.wrongType,
    message: `${subject} should be ${describeTypes(field.types)}, but this is ${describeValue(value)}.${hint(field, value)}`,
    severity: 'error',
    start,
    end,
    fixes: fixes(field, value, start, end, text),
  };
}

const YAML11_BOOLEANS: Record<string, boolean> = { yes: true, no: false, on: true, off: false, y: true, n: false };

function hint(field: Field, value: unknown): string {
  if (field.types.includes('boolean') && typeof value === 'string' && value.toLowerCase() in YAML11_BOOLEANS) {
    return ' YAML 1.2 readers take it as text; write `true` or `false`.';
  }
  if (field.types.includes('string') && (typeof value === 'number' || typeof value === 'boolean')) {
    return ' Put it in quotes to keep it as text.';
  }
  return '';
}

function fixes(field: Field, value: unknown, start: number, end: number, text: string): Fix[] {
  const source = text.slice(start, end);
  if (field.types.includes('boolean') && typeof value === 'string' && value.toLowerCase() in YAML11_BOOLEANS && source === value) {
    const replacement = String(YAML11_BOOLEANS[value.toLowerCase()]);
    return [{ title: `Write \`${replacement}\``, edits: [{ start, end, newText: replacement }] }];
  }
  if (field.types.includes('string') && (typeof value === 'number' || typeof value === 'boolean') && !/["'\n]/.test(source)) {
    return [{ title: 'Quote the value', edits: [{ start, end, newText: `"${source}"` }] }];
  }
  return [];
}
