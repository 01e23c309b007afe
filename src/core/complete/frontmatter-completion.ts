import type { ParsedPost } from '../frontmatter/parse-post';
import { tomlValue } from '../frontmatter/toml-value';
import { yamlValue } from '../frontmatter/yaml-value';
import type { Field, PostSchema } from '../schema/model';
import { describeTypes, isIsoDate } from '../schema/value-type';
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

/** What the rest of the site already uses, from the workspace index. */
export interface SiteValues {
  /** Values other posts use for a key (list items one by one), most used first. */
  valuesOf(key: string): ReadonlyArray<{ readonly value: string; readonly count: number }>;
  /** Image paths as posts write them (`/images/a.png`). */
  readonly images: Iterable<string>;
  /** Names (slugs) of the posts of a collection, for relation fields. */
  postsOf(collection: string): readonly string[];
}

export interface CompletionInput {
  readonly post: ParsedPost;
  readonly offset: number;
  readonly schema: PostSchema;
  /** Today as `YYYY-MM-DD`, and now as an ISO instant, for date fields. */
  readonly today: string;
  readonly now: string;
  readonly site?: SiteValues;
}

const KEY_LINE = /^([A-Za-z_$][\w$-]*)?$/;
const ITEM_LINE = /^([ \t]+)-[ \t]*/;

/** How keys and values are written in the two line-based frontmatter formats. */
interface Syntax {
  readonly valueLine: RegExp;
  readonly flowList: RegExp;
  readonly keyText: (name: string) => string;
  readonly value: (value: unknown) => string;
}

const YAML: Syntax = {
  valueLine: /^([A-Za-z_$][\w$-]*)[ \t]*:[ \t]*/,
  flowList: /^([A-Za-z_$][\w$-]*)[ \t]*:[ \t]*\[([^\]]*?,)?[ \t]*/,
  keyText: (name) => `${name}: `,
  value: yamlValue,
};

const TOML: Syntax = {
  valueLine: /^([A-Za-z_$][\w$-]*)[ \t]*=[ \t]*/,
  flowList: /^([A-Za-z_$][\w$-]*)[ \t]*=[ \t]*\[([^\]]*?,)?[ \t]*/,
  keyText: (name) => `${name} = `,
  // Dates are bare in TOML; every other text value is quoted.
  value: (value) => (typeof value === 'string' && isIsoDate(value) ? value : tomlValue(value)),
};

/** What to offer at an offset inside YAML frontmatter; undefined anywhere else. */
export function completeFrontmatter(input: CompletionInput): CompletionResult | undefined {
  const { post, offset } = input;
  const block = post.block;
  if (!block || (block.format !== 'yaml' && block.format !== 'toml')) return undefined;
  const syntax = block.format === 'toml' ? TOML : YAML;
  if (offset < block.contentStart || offset > block.contentEnd) return undefined;
  const lineStart = lineStartAt(post.text, offset);
  if (lineStart < block.contentStart) return undefined;
  const lineEnd = Math.min(lineEndAt(post.text, offset), block.contentEnd);
  const before = post.text.slice(lineStart, offset);

  if (KEY_LINE.test(before)) {
    const wordEnd = offset + (/^[\w$-]*/.exec(post.text.slice(offset, lineEnd))?.[0].length ?? 0);
    return { replaceStart: lineStart, replaceEnd: wordEnd, items: keyItems(input, before, syntax) };
  }

  const flowList = syntax.flowList.exec(before);
  if (flowList && !before.slice(flowList[0].length).includes(',')) {
    const key = flowList[1];
    const replaceStart = lineStart + flowList[0].length;
    const typedEnd = offset + (/^[^,\]#]*/.exec(post.text.slice(offset, lineEnd))?.[0].trimEnd().length ?? 0);
    return { replaceStart, replaceEnd: typedEnd, items: listItems(key, input, syntax) };
  }

  const valueLine = syntax.valueLine.exec(before);
  if (valueLine) {
    const key = valueLine[1];
    const field = input.schema.fields.get(key);
    const replaceStart = lineStart + valueLine[0].length;
    const items = field?.types.length === 1 && field.types[0] === 'array' ? [] : valueItems(key, field, input, syntax);
    if (items.length === 0) return undefined;
    return { replaceStart, replaceEnd: trimmedEnd(post.text, offset, lineEnd), items };
  }

  const itemLine = ITEM_LINE.exec(before);
  if (itemLine && syntax === YAML) {
    const parent = parentKey(post.text, lineStart, block.contentStart);
    if (!parent) return undefined;
    const replaceStart = lineStart + itemLine[0].length;
    return { replaceStart, replaceEnd: trimmedEnd(post.text, offset, lineEnd), items: listItems(parent, input, syntax) };
  }
  return undefined;
}

/** Values for one item of a list key, leaving out those the post already lists. */
function listItems(key: string, input: CompletionInput, syntax: Syntax): CompletionEntry[] {
  const present = input.post.entries.find((e) => e.key === key)?.value;
  const taken = new Set(Array.isArray(present) ? present.map(String) : []);
  const itemField = input.schema.fields.get(key)?.items;
  return valueItems(key, itemField, input, syntax).filter((item) => !taken.has(item.label));
}

function keyItems({ post, schema }: CompletionInput, typed: string, syntax: Syntax): CompletionEntry[] {
  const present = new Set(post.entries.map((e) => e.key));
  present.delete(typed);
  const items: CompletionEntry[] = [];
  for (const field of schema.fields.values()) {
    const isPresent = present.has(field.name);
    const required = schema.required.includes(field.name);
    items.push({
      label: field.name,
      kind: 'key',
      insertText: syntax.keyText(field.name),
      detail: `${required ? 'required · ' : ''}${describeTypes(field.types).replace(/`/g, '') || 'any value'}${isPresent ? ' · already set' : ''}`,
      documentation: field.description,
      sortText: `${isPresent ? 2 : required ? 0 : 1}-${field.name}`,
      retrigger: hasValueSuggestions(field),
    });
  }
  return items;
}

function hasValueSuggestions(field: Field): boolean {
  return Boolean(field.enum || field.relation) || field.types.some((t) => t === 'boolean' || t === 'date' || t === 'string') || field.format === 'image';
}

function valueItems(key: string, field: Field | undefined, { today, now, site }: CompletionInput, syntax: Syntax): CompletionEntry[] {
  const items: CompletionEntry[] = [];
  const seen = new Set<string>();
  const add = (entry: CompletionEntry) => {
    if (seen.has(entry.insertText)) return;
    seen.add(entry.insertText);
    items.push(entry);
  };
  for (const value of field?.enum ?? []) {
    add({ label: String(value), kind: 'value', insertText: syntax.value(value), sortText: `0-${items.length.toString().padStart(4, '0')}` });
  }
  const used = site && !field?.enum && !field?.relation && !isDateOrBoolean(field) ? site.valuesOf(key) : [];
  for (const { value, count } of used) {
    add({
      label: value,
      kind: 'value',
      insertText: syntax.value(value),
      detail: `used in ${count} post${count === 1 ? '' : 's'}`,
      sortText: `1-${(1e6 - count).toString().padStart(7, '0')}`,
    });
  }
  if (field?.relation && site) {
    for (const name of site.postsOf(field.relation.collection)) {
      add({ label: name, kind: 'value', insertText: syntax.value(name), detail: `${field.relation.collection} entry`, sortText: `1-${name}` });
    }
  }
  if (field?.format === 'image' && site) {
    for (const image of site.images) add({ label: image, kind: 'value', insertText: syntax.value(image), detail: 'image', sortText: `3-${image}` });
  }
  if (!field) return items;
  if (field.types.includes('boolean')) {
    for (const value of [true, false]) add({ label: String(value), kind: 'value', insertText: String(value), sortText: `1-${value}` });
  }
  if (field.types.includes('date')) {
    add({ label: today, kind: 'date', insertText: today, detail: 'today', sortText: '0-today' });
    add({ label: now, kind: 'date', insertText: now, detail: 'now, with the time', sortText: '1-now' });
  }
  if (field.default !== undefined && field.default !== null && !Array.isArray(field.default)) {
    add({ label: String(field.default), kind: 'value', insertText: syntax.value(field.default), detail: 'default', sortText: '2-default' });
  }
  return items;
}

function isDateOrBoolean(field: Field | undefined): boolean {
  return Boolean(field && field.types.length > 0 && field.types.every((t) => t === 'date' || t === 'boolean'));
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
