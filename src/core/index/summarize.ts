import { CORE_SCHEMA, load } from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import { locateFrontmatter } from '../frontmatter/locate';
import { readSimpleYaml } from './simple-yaml';

/**
 * The frontmatter of a post as plain data, for the workspace index. This runs over every post of a site at
 * start-up, so plain frontmatter goes through a fast reader and the rest through js-yaml (both several times
 * faster than the range-keeping parser the editor needs), with the YAML 1.2 core schema, under which dates stay
 * text. Undefined when the file has no readable frontmatter.
 */
export function summarizeFrontmatter(text: string): Record<string, unknown> | undefined {
  const block = locateFrontmatter(text);
  if (!block || !block.closed) return undefined;
  const source = text.slice(block.contentStart, block.contentEnd);
  try {
    const data = block.format === 'yaml' ? readSimpleYaml(source) ?? load(source, { schema: CORE_SCHEMA, json: true })
      : block.format === 'toml' ? { ...parseToml(source) }
      : block.format === 'json' ? JSON.parse(source)
      : undefined;
    return isRecord(data) ? data : undefined;
  } catch {
    return undefined; // the editor's own parse reports the error when the file is opened
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
