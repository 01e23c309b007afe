import type { FrontmatterEntry, ParsedPost } from '../frontmatter/parse-post';
import type { Field } from '../schema/model';
import { describeTypes, describeValue, matchesType } from '../schema/value-type';
import { RULE_CODES } from './codes';
import type { Fix, Problem, Rule } from './problem';

/** Values whose type is not the one the schema asks for, list items included. */
export const wrongType: Rule = ({ post, schema, siteKind }) => {
  const problems: Problem[] = [];
  for (const entry of post.entries) {
    const field = schema.fields.get(entry.key);
    if (!field || field.types.length === 0) continue;
    if (entry.value === null) {
      problems.push(emptyValue(entry, field));
      continue;
    }
    // Text in a date field is judged by the date rules (invalid-date, ambiguous-date), which say what is wrong with it.
    if (typeof entry.value === 'string' && field.types.includes('date')) continue;
    // Jekyll's reader (SafeYAML over Psych, YAML 1.1) takes a plain yes/no/on/off as a boolean, as the author meant.
    if (siteKind === 'jekyll' && field.types.includes('boolean') && isYaml11Boolean(entry.value, post.text.slice(entry.valueStart, entry.valueEnd))) continue;
    if (!field.types.some((type) => matchesType(entry.value, type))) {
      problems.push(mismatch(`\`${entry.key}\``, field, entry.value, entry.valueStart, entry.valueEnd, post));
      continue;
    }
    const itemField = field.items;
    if (!itemField || itemField.types.length === 0) continue;
    for (const item of entry.items ?? []) {
      if (itemField.types.some((type) => matchesType(item.value, type))) continue;
      problems.push(mismatch(`Each item of \`${entry.key}\``, itemField, item.value, item.start, item.end, post));
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

function mismatch(subject: string, field: Field, value: unknown, start: number, end: number, post: ParsedPost): Problem {
  const yaml = post.block?.format !== 'toml';
  return {
    code: RULE_CODES.wrongType,
    message: `${subject} should be ${describeTypes(field.types)}, but this is ${describe(value)}.${hint(field, value, yaml)}`,
    severity: 'error',
    start,
    end,
    fixes: fixes(field, value, start, end, post.text),
  };
}

/** TOML dates arrive as Date objects, which `describeValue` does not name. */
function describe(value: unknown): string {
  return value instanceof Date ? 'a date' : describeValue(value);
}

/** Values that are text once quoted, in YAML and TOML alike. */
function isQuotable(value: unknown): boolean {
  return typeof value === 'number' || typeof value === 'boolean' || value instanceof Date;
}

const YAML11_BOOLEANS: Record<string, boolean> = { yes: true, no: false, on: true, off: false, y: true, n: false };

function hint(field: Field, value: unknown, yaml: boolean): string {
  if (yaml && field.types.includes('boolean') && typeof value === 'string' && value.toLowerCase() in YAML11_BOOLEANS) {
    return ' YAML 1.2 readers take it as text; write `true` or `false`.';
  }
  if (field.types.includes('string') && isQuotable(value)) {
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
  if (field.types.includes('string') && isQuotable(value) && !/["'\n]/.test(source)) {
    return [{ title: 'Quote the value', edits: [{ start, end, newText: `"${source}"` }] }];
  }
  return [];
}

function isYaml11Boolean(value: unknown, source: string): boolean {
  return typeof value === 'string' && source === value && /^(yes|no|on|off)$/i.test(value);
}
