import { parse as parseToml, TomlError } from 'smol-toml';
import { parseDocument } from 'yaml';
import { locateFrontmatter } from '../../frontmatter/locate';
import { fillTemplateActions, type TemplateAction } from './hugo-template-actions';

/**
 * The frontmatter of one Hugo archetype as data: located like a post's (TOML `+++`, YAML `---` or a JSON object),
 * its template actions replaced by samples, then parsed. Nothing is evaluated.
 */
export interface ArchetypeData {
  readonly data: Readonly<Record<string, unknown>>;
  readonly actions: readonly TemplateAction[];
}

export function readArchetypeData(text: string, path: string): ArchetypeData | { problem: string } {
  const block = locateFrontmatter(text);
  if (!block) return { problem: `${path} has no frontmatter, so posts made from it start without any.` };
  if (block.format === 'unsupported') return { problem: `${path} uses \`---${block.language}\` frontmatter, which is code, not data; use TOML, YAML or JSON.` };
  const fence = block.format === 'toml' ? '+++' : block.format === 'json' ? '}' : '---';
  if (!block.closed) return { problem: `${path}: the frontmatter is not closed; end it with a \`${fence}\` line.` };

  const filled = fillTemplateActions(text.slice(block.contentStart, block.contentEnd), block.format);
  const firstLine = lineAt(text, block.contentStart);
  const parsed = parseData(filled.text, block.format);
  if ('error' in parsed) {
    const where = parsed.line === undefined ? '' : ` (line ${firstLine + parsed.line - 1})`;
    return { problem: `${path}: its ${block.format.toUpperCase()} frontmatter cannot be read${where}: ${parsed.error}` };
  }
  return { data: parsed.data, actions: filled.actions };
}

type Parsed = { data: Record<string, unknown> } | { error: string; line?: number };

function parseData(source: string, format: 'yaml' | 'toml' | 'json'): Parsed {
  let data: unknown;
  try {
    if (format === 'toml') data = parseToml(source);
    else if (format === 'json') data = JSON.parse(source);
    else {
      const document = parseDocument(source, { prettyErrors: false, uniqueKeys: true, schema: 'core' });
      const error = document.errors[0];
      if (error) return { error: firstLineOf(error.message), line: lineAt(source, error.pos[0]) };
      data = document.toJS() ?? {};
    }
  } catch (error) {
    return { error: firstLineOf((error as Error).message), line: error instanceof TomlError ? error.line : undefined };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { error: 'it must be a set of keys and values.' };
  return { data: data as Record<string, unknown> };
}

function firstLineOf(message: string): string {
  return message.replace(/^Invalid TOML document: /, '').split('\n')[0].trim();
}

/** The 1-based line of an offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}
