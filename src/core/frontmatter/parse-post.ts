import { isMap, isNode, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLSeq } from 'yaml';
import { locateFrontmatter, type FrontmatterBlock } from './locate';
import { parseTomlFrontmatter } from './parse-toml';

/** One top-level key of the frontmatter, with offsets into the whole file. */
export interface FrontmatterEntry {
  readonly key: string;
  readonly keyStart: number;
  readonly keyEnd: number;
  /** Range of the value's source; equal to keyEnd when the value is empty (`draft:`). */
  readonly valueStart: number;
  readonly valueEnd: number;
  /** The value as a JavaScript value (what a YAML 1.2 reader returns; TOML dates are `Date` objects). */
  readonly value: unknown;
  /** The YAML value node, with ranges relative to the frontmatter content; null for an empty value and for TOML. */
  readonly node: Node | null;
  /** The items of a list (a YAML sequence, a TOML array or `[[array of tables]]`), with offsets into the whole file. */
  readonly items?: ReadonlyArray<{ readonly start: number; readonly end: number; readonly value: unknown }>;
}

export interface SyntaxProblem {
  readonly code: string;
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

export interface ParsedPost {
  readonly text: string;
  readonly block: FrontmatterBlock | undefined;
  /** The parsed YAML (or JSON) document; its ranges are relative to `block.contentStart`. Undefined for TOML. */
  readonly document: Document | undefined;
  readonly entries: readonly FrontmatterEntry[];
  readonly data: Readonly<Record<string, unknown>>;
  readonly syntaxProblems: readonly SyntaxProblem[];
  /** Offset where the Markdown body starts. */
  readonly bodyStart: number;
}

export function parsePost(text: string): ParsedPost {
  const block = locateFrontmatter(text);
  const base = { text, block, document: undefined, entries: [], data: {}, syntaxProblems: [] };
  if (!block) return { ...base, bodyStart: text.charCodeAt(0) === 0xfeff ? 1 : 0 };
  // An unclosed block would read the whole body as YAML: report the missing fence, not the body's "errors".
  if (block.format === 'unsupported' || !block.closed) return { ...base, bodyStart: block.end };
  if (block.format === 'toml') {
    return { ...base, ...parseTomlFrontmatter(text, block.contentStart, block.contentEnd), bodyStart: block.end };
  }

  const source = text.slice(block.contentStart, block.contentEnd);
  const document = parseDocument(source, {
    prettyErrors: false,
    uniqueKeys: true,
    keepSourceTokens: false,
    schema: block.format === 'json' ? 'json' : 'core',
  });
  const offset = block.contentStart;
  const syntaxProblems: SyntaxProblem[] = document.errors.map((error) => ({
    code: error.code,
    message: firstLine(error.message),
    start: offset + error.pos[0],
    end: offset + Math.max(error.pos[1], error.pos[0] + 1),
  }));

  const entries: FrontmatterEntry[] = [];
  const data: Record<string, unknown> = {};
  const contents = document.contents;
  if (isMap(contents)) {
    for (const pair of contents.items as Pair<unknown, unknown>[]) {
      const entry = entryOf(pair, offset);
      if (!entry) continue;
      entries.push(entry);
      if (!(entry.key in data)) data[entry.key] = entry.value;
    }
  } else if (contents && !(isScalar(contents) && contents.value === null)) {
    const [start, end] = contents.range ?? [0, source.length];
    syntaxProblems.push({
      code: 'NOT_A_MAPPING',
      message: 'Frontmatter must be a set of `key: value` lines.',
      start: offset + start,
      end: offset + end,
    });
  }
  return { text, block, document, entries, data, syntaxProblems, bodyStart: block.end };
}

function entryOf(pair: Pair<unknown, unknown>, offset: number): FrontmatterEntry | undefined {
  const keyNode = pair.key;
  if (!isScalar(keyNode) || !keyNode.range) return undefined;
  const key = String(keyNode.value);
  const keyStart = offset + keyNode.range[0];
  const keyEnd = offset + keyNode.range[1];
  const valueNode = pair.value as Node | null;
  if (!valueNode || !valueNode.range || (isScalar(valueNode) && valueNode.source === '' && valueNode.value === null)) {
    return { key, keyStart, keyEnd, valueStart: keyEnd, valueEnd: keyEnd, value: null, node: null };
  }
  return {
    key,
    keyStart,
    keyEnd,
    valueStart: offset + valueNode.range[0],
    valueEnd: offset + valueNode.range[1],
    value: valueNode.toJSON(),
    node: valueNode,
    items: isSeq(valueNode) ? itemsOf(valueNode, offset) : undefined,
  };
}

function itemsOf(seq: YAMLSeq, offset: number): FrontmatterEntry['items'] {
  return seq.items.flatMap((item) =>
    isNode(item) && item.range ? [{ start: offset + item.range[0], end: offset + item.range[1], value: item.toJSON() }] : [],
  );
}

function firstLine(message: string): string {
  const line = message.split('\n')[0];
  return line.replace(/ at line \d+, column \d+:?$/, '').trim().replace(/\.$/, '');
}
