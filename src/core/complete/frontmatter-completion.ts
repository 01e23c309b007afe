import type { ParsedPost } from '../frontmatter/parse-post';
import { yamlValue } from '../frontmatter/yaml-value';
import type { Field, PostSchema } from '../schema/model';
import { describeTypes } from '../schema/value-type';
import { lineEndAt, lineStartAt } from '../text/line-ending';

export type CompletionKind = 'key' | 'value' | 'date';

export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly insertText: string;
  readonly detail?: string;
  readonly documentation?: string;
  /** Items sort by this, then by label. */
  readonly sortText: string;
  /** After inserting a key, whether to offer its values straight away. */
  readonly retrigger?: boolean;
}

export interface CompletionResult {
  /** Offsets of the text the chosen item replaces. */
  readonly replaceStart: number;
  readonly replaceEnd: number;
  readonly items: readonly CompletionEntry[];
}

export interface CompletionInput {
  readonly post: ParsedPost;
  readonly offset: number;
  readonly schema: PostSchema;
  /** Today as `YYYY-MM-DD`, and now as an ISO instant, for date fields. */
  readonly today: string;
  readonly now: string;
}

const KEY_LINE = /^([A-Za-z_$][\w$-]*)?$/;
const VALUE_LINE = /^([A-Za-z_$][\w$-]*)[ \t]*:[ \t]*/;
const ITEM_LINE = /^([ \t]+)-[ \t]*/;

/** What to offer at an offset inside YAML frontmatter; undefined anywhere else. */
export function completeFrontmatter(input: CompletionInput): CompletionResult | undefined {
  const { post, offset } = input;
  const block = post.block;
  if (!block || block.format !== 'yaml') return undefined;
  if (offset < block.contentStart || offset > block.contentEnd) return undefined;
  const lineStart = lineStartAt(post.text, offset);
  if (lineStart < block.contentStart) return undefined;
  const lineEnd = Math.min(lineEndAt(post.text, offset), block.contentEnd);
  const before = post.text.slice(lineStart, offset);

  if (KEY_LINE.test(before)) {
    const wordEnd = offset + (/^[\w$-]*/.exec(post.text.slice(offset, lineEnd))?.[0].length ?? 0);
    return { replaceStart: lineStart, replaceEnd: wordEnd, items: keyItems(input, before) };
  }

  const valueLine = VALUE_LINE.exec(before);
  if (valueLine) {
    const field = input.schema.fields.get(valueLine[1]);
    if (!field) return undefined;
    const replaceStart = lineStart + valueLine[0].length;
    return { replaceStart, replaceEnd: trimmedEnd(post.text, offset, lineEnd), items: valueItems(field, input) };
  }

  const itemLine = ITEM_LINE.exec(before);
  if (itemLine) {
    const parent = parentKey(post.text, lineStart, block.contentStart);
    const items = parent ? input.schema.fields.get(parent)?.items : undefined;
    if (!items) return undefined;
    const replaceStart = lineStart + itemLine[0].length;
    return { replaceStart, replaceEnd: trimmedEnd(post.text, offset, lineEnd), items: valueItems(items, input) };
  }
  return undefined;
}

function keyItems({ post, schema }: CompletionInput, typed: string): CompletionEntry[] {
  const present = new Set(post.entries.map((e) => e.key));
  present.delete(typed);
  const items: CompletionEntry[] = [];
  for (const field of schema.fields.values()) {
    const isPresent = present.has(field.name);
    const required = schema.required.includes(field.name);
    items.push({
      label: field.name,
      kind: 'key',
      insertText: `${field.name}: `,
      detail: `${required ? 'required · ' : ''}${describeTypes(field.types).replace(/`/g, '') || 'any value'}${isPresent ? ' · already set' : ''}`,
      documentation: field.description,
      sortText: `${isPresent ? 2 : required ? 0 : 1}-${field.name}`,
      retrigger: hasValueSuggestions(field),
    });
  }
  return items;
}

function hasValueSuggestions(field: Field): boolean {
  return Boolean(field.enum) || field.types.includes('boolean') || field.types.includes('date');
}

function valueItems(field: Field, { today, now }: CompletionInput): CompletionEntry[] {
  const items: CompletionEntry[] = [];
  const seen = new Set<string>();
  const add = (entry: CompletionEntry) => {
    if (seen.has(entry.insertText)) return;
    seen.add(entry.insertText);
    items.push(entry);
  };
  for (const value of field.enum ?? []) {
    add({ label: String(value), kind: 'value', insertText: yamlValue(value), sortText: `0-${items.length.toString().padStart(4, '0')}` });
  }
  if (field.types.includes('boolean')) {
    for (const value of [true, false]) add({ label: String(value), kind: 'value', insertText: String(value), sortText: `1-${value}` });
  }
  if (field.types.includes('date')) {
    add({ label: today, kind: 'date', insertText: today, detail: 'today', sortText: '0-today' });
    add({ label: now, kind: 'date', insertText: now, detail: 'now, with the time', sortText: '1-now' });
  }
  if (field.default !== undefined && field.default !== null && !Array.isArray(field.default)) {
    add({ label: String(field.default), kind: 'value', insertText: yamlValue(field.default), detail: 'default', sortText: '2-default' });
  }
  return items;
}

function trimmedEnd(text: string, offset: number, lineEnd: number): number {
  const rest = text.slice(offset, lineEnd);
  const comment = rest.search(/\s#/);
  const kept = comment >= 0 ? rest.slice(0, comment) : rest;
  return offset + kept.trimEnd().length;
}

/** The top-level key whose block a `- item` line belongs to. */
function parentKey(text: string, lineStart: number, contentStart: number): string | undefined {
  let cursor = lineStart;
  while (cursor > contentStart) {
    const previousStart = lineStartAt(text, cursor - 1);
    const line = text.slice(previousStart, cursor);
    const key = /^([A-Za-z_$][\w$-]*)[ \t]*:/.exec(line);
    if (key) return key[1];
    if (!/^([ \t]|\r?\n|$)/.test(line)) return undefined;
    cursor = previousStart;
  }
  return undefined;
}
