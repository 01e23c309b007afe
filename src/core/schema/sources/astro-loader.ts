import { resolveName, staticValue } from '../../static-js/static-value';
import type { Expr, ModuleReading, ObjectEntry } from '../../static-js/syntax';
import { defaultFolder, joinFolder } from './astro-conventions';

/** What the loader reading needs of the config being read. */
export interface LoaderContext {
  /** The config's workspace-relative path, and the Astro project's folder within the workspace folder. */
  readonly path: string;
  readonly root: string;
  readonly module: ModuleReading;
  readonly report: (offset: number, message: string) => void;
  readonly quote: (span: { readonly start: number; readonly end: number }) => string;
}

const POST_EXTENSIONS = new Set(['md', 'mdx', 'markdown', 'mdoc', 'markdoc']);

/**
 * Where a collection's posts are, from its loader: `glob({ base, pattern })` gives the folder (and the extensions,
 * when the pattern names them); `file()` holds data; without a loader (Astro 2–4 and legacy collections) the posts
 * are in `src/content/<name>`, as with Starlight's `docsLoader()`. Any other loader (remote, inline, custom) does
 * not read a folder this reading can tell: the collection is left out.
 */
export function readLoader(name: string, loader: Expr | undefined, context: LoaderContext): { folder: string; extensions?: string[] } | 'data' | undefined {
  const fallback = { folder: defaultFolder(context.root, name) };
  if (!loader) return fallback;
  const call = resolveName(loader, context.module);
  if (call.kind === 'call' && isCallTo(call, 'file', context.module)) return 'data';
  if (call.kind === 'call' && isCallTo(call, 'docsLoader', context.module)) return { folder: defaultFolder(context.root, 'docs') };
  if (call.kind !== 'call' || !isCallTo(call, 'glob', context.module)) {
    context.report(loader.start, `collection \`${name}\` is loaded by \`${context.quote(loader)}\`, which does not read a folder of posts a static reading can tell; it is not read.`);
    return undefined;
  }

  const options = call.args[0] ? resolveName(call.args[0], context.module) : undefined;
  const entries = options?.kind === 'object' ? options.entries : [];
  const option = (key: string) => entries.find((e): e is ObjectEntry & { kind: 'property' } => e.kind === 'property' && e.key === key)?.value;
  const patternValue = option('pattern') ? staticValue(option('pattern')!, context.module) : undefined;
  const patterns = patternValue?.ok ? [patternValue.value].flat().filter((p): p is string => typeof p === 'string') : [];
  const included = patterns.filter((p) => !p.startsWith('!'));
  const prefix = included.length === 1 ? staticPrefix(included[0]) : '';

  const base = baseFolder(option('base'), context);
  const folder = base === undefined ? undefined : joinFolder(base, prefix);
  if (folder === undefined) {
    context.report(call.start, `the \`glob()\` base of collection \`${name}\` is not a folder of the workspace a static reading can tell, so its posts are looked for in ${fallback.folder}.`);
    return fallback;
  }
  const extensions = extensionsOf(included);
  if (extensions && !extensions.some((e) => POST_EXTENSIONS.has(e))) return 'data';
  return extensions ? { folder, extensions: extensions.filter((e) => POST_EXTENSIONS.has(e)) } : { folder };
}

/**
 * A `glob()` base as a workspace-relative folder: a string is relative to the project's root (the default is the
 * root itself); `new URL('./posts', import.meta.url)` is relative to the config file.
 */
function baseFolder(base: Expr | undefined, context: LoaderContext): string | undefined {
  if (!base) return context.root;
  const value = staticValue(base, context.module);
  if (value.ok) return typeof value.value === 'string' ? joinFolder(context.root, value.value) : undefined;
  const url = resolveName(base, context.module);
  const [relative, from] = url.kind === 'new' && url.callee.kind === 'identifier' && url.callee.name === 'URL' ? url.args : [];
  const isImportMetaUrl = from?.kind === 'member' && from.property === 'url' && from.object.kind === 'member' && from.object.property === 'meta'
    && from.object.object.kind === 'identifier' && from.object.object.name === 'import';
  const path = relative ? staticValue(relative, context.module) : undefined;
  if (!isImportMetaUrl || !path?.ok || typeof path.value !== 'string') return undefined;
  return joinFolder(context.path.replace(/\\/g, '/').replace(/\/?[^/]*$/, ''), path.value);
}

/** The folder part of a pattern before its first wildcard (`blog/**\/*.md` → `blog`). */
function staticPrefix(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (/[*?[\]{}()!]/.test(segment)) break;
    fixed.push(segment);
  }
  return fixed.join('/');
}

/** The extensions a set of patterns names (`**\/*.{md,mdx}` → md, mdx); undefined when one of them matches any. */
function extensionsOf(patterns: readonly string[]): string[] | undefined {
  if (patterns.length === 0) return undefined;
  const extensions = new Set<string>();
  for (const pattern of patterns) {
    const last = pattern.slice(pattern.lastIndexOf('/') + 1);
    const braces = /\.\{([\w,]+)\}$/.exec(last);
    const single = /\.(\w+)$/.exec(last);
    if (braces) braces[1].split(',').forEach((e) => extensions.add(e.toLowerCase()));
    else if (single) extensions.add(single[1].toLowerCase());
    else return undefined;
  }
  return [...extensions];
}

/** Whether `call` calls what the module imports (or, without an import, names) as `exported`. */
export function isCallTo(call: Expr & { kind: 'call' }, exported: string, module: ModuleReading): boolean {
  if (call.callee.kind !== 'identifier') return false;
  const source = module.imports.get(call.callee.name);
  return source ? source.imported === exported : call.callee.name === exported;
}
