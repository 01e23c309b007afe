import type { Collection, SourceReading } from '../../site/collection';
import { readModule } from '../../static-js/read-module';
import { resolveName, staticValue } from '../../static-js/static-value';
import type { Expr, ModuleReading, ObjectEntry } from '../../static-js/syntax';
import type { PostSchema } from '../model';
import { astroDateKey, astroDraftKey, CONTENT_CONFIG_PATH, defaultFolder, joinFolder, projectRootOf, withAstroSlug } from './astro-conventions';
import { readZodObject, type ZodObjectReading, type ZodScope } from './zod-schema';

/**
 * Reads an Astro content config (`src/content.config.ts` in Astro 5, `src/content/config.ts` in Astro 2–4) by
 * looking at its source, never running it: workspace code is not executed, and a config that imports half the site
 * still reads. It finds the exported `collections` object, each collection's `defineCollection({ … })` with its
 * `loader` (a `glob()` base is the posts' folder; `file()` and `type: 'data'` hold data, not posts) and its zod
 * `schema`. The result is marked approximate: what the reading cannot follow accepts any value and is reported.
 */
export function readAstroContentConfig(text: string, path: string): SourceReading {
  const problems: string[] = [];
  try {
    return { collections: readCollections(text, path, problems), problems };
  } catch (error) {
    // The reader is written not to throw; this keeps a bug in it from taking the extension down with it.
    return { collections: [], problems: [...problems, `${path} could not be read statically (${(error as Error).message}).`] };
  }
}

interface ConfigContext {
  readonly text: string;
  readonly path: string;
  readonly module: ModuleReading;
  readonly root: string;
  readonly report: (offset: number, message: string) => void;
  readonly quote: (span: { readonly start: number; readonly end: number }) => string;
}

function readCollections(text: string, path: string, problems: string[]): Collection[] {
  const module = readModule(text);
  const context: ConfigContext = {
    text,
    path,
    module,
    root: projectRootOf(path, CONTENT_CONFIG_PATH),
    report: (offset, message) => problems.push(`${path}:${lineOf(text, offset)}: ${message}`),
    quote: (span) => quote(text, span),
  };
  const exported = module.bindings.get('collections');
  if (!exported) {
    problems.push(`${path} has no \`export const collections = { … }\` that a static reading can find, so no collection was read from it.`);
    return [];
  }
  const object = resolveName(exported, module);
  if (object.kind !== 'object') {
    context.report(exported.start, `\`collections\` is \`${context.quote(exported)}\`, which a static reading cannot follow, so no collection was read.`);
    return [];
  }
  const collections: Collection[] = [];
  for (const entry of object.entries) {
    if (entry.kind === 'property') {
      const collection = readCollection(entry.key, entry.value, context);
      if (collection) collections.push(collection);
    } else if (entry.kind === 'spread') {
      context.report(entry.start, `\`collections\` spreads \`${context.quote(entry)}\`, which a static reading cannot follow; the collections it adds are not read.`);
    } else {
      context.report(entry.start, `\`collections\` has \`${context.quote(entry)}\`, whose name a static reading cannot tell; that collection is not read.`);
    }
  }
  return collections;
}

/** One collection, or undefined when it holds data rather than posts or cannot be read. */
function readCollection(name: string, expr: Expr, context: ConfigContext): Collection | undefined {
  const { module } = context;
  const value = resolveName(expr, module);
  const config = value.kind === 'call' && isCallTo(value, 'defineCollection', module) && value.args[0] ? resolveName(value.args[0], module) : value;
  if (config.kind !== 'object') {
    context.report(expr.start, `collection \`${name}\` is \`${context.quote(expr)}\`, which a static reading cannot follow; it is not read.`);
    return undefined;
  }
  const options = new Map<string, Expr>();
  for (const entry of config.entries) {
    if (entry.kind === 'property') options.set(entry.key, entry.value);
  }

  const typeExpr = options.get('type');
  const type = typeExpr ? staticValue(typeExpr, module) : undefined;
  if (type?.ok && type.value === 'data') return undefined;
  const location = readLoader(name, options.get('loader'), context);
  if (location === 'data' || location === undefined) return undefined;

  const subject = `collection \`${name}\``;
  const schemaExpr = options.get('schema');
  const reading = schemaExpr ? readSchema(schemaExpr, subject, context) : undefined;
  const schema: PostSchema = {
    source: { kind: 'astro-config', label: `Astro collection \`${name}\`, ${context.path} (read statically)`, path: context.path, approximate: true },
    fields: withAstroSlug(reading?.fields ?? new Map()),
    required: reading?.required ?? [],
    requiredOneOf: [],
    // Without a schema (or one that could not be read) Astro takes any frontmatter.
    allowUnknownKeys: reading?.allowUnknownKeys ?? true,
    dateKey: reading ? astroDateKey(reading.fields) : undefined,
    draftKey: reading ? astroDraftKey(reading.fields) : undefined,
  };
  return { name, folder: location.folder, ...(location.extensions ? { extensions: location.extensions } : {}), schema };
}

/** `schema: z.object({ … })` or `schema: ({ image }) => z.object({ … })`. */
function readSchema(expr: Expr, subject: string, context: ConfigContext): ZodObjectReading | undefined {
  const schema = resolveName(expr, context.module);
  const imageNames = new Set<string>();
  const contextNames = new Set<string>();
  let body: Expr | undefined = schema;
  if (schema.kind === 'function') {
    const [param] = schema.params;
    if (param?.kind === 'pattern') for (const b of param.bindings) if (b.property === 'image') imageNames.add(b.local);
    if (param?.kind === 'name') contextNames.add(param.name);
    body = schema.body;
    if (!body) {
      context.report(schema.start, `the schema function of ${subject} returns nothing a static reading can find, so its keys are not checked.`);
      return undefined;
    }
  }
  const scope: ZodScope = { module: context.module, imageNames, contextNames, report: context.report, quote: context.quote };
  return readZodObject(body, scope, subject);
}

const POST_EXTENSIONS = new Set(['md', 'mdx', 'markdown', 'mdoc', 'markdoc']);

/**
 * Where a collection's posts are, from its loader: `glob({ base, pattern })` gives the folder (and the extensions,
 * when the pattern names them); `file()` holds data; without a loader (Astro 2–4 and legacy collections) the posts
 * are in `src/content/<name>`, as with Starlight's `docsLoader()`. Any other loader (remote, inline, custom) does
 * not read a folder this reading can tell: the collection is left out.
 */
function readLoader(name: string, loader: Expr | undefined, context: ConfigContext): { folder: string; extensions?: string[] } | 'data' | undefined {
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
function baseFolder(base: Expr | undefined, context: ConfigContext): string | undefined {
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

function isCallTo(call: Expr & { kind: 'call' }, exported: string, module: ModuleReading): boolean {
  if (call.callee.kind !== 'identifier') return false;
  const source = module.imports.get(call.callee.name);
  return source ? source.imported === exported : call.callee.name === exported;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

function quote(text: string, span: { readonly start: number; readonly end: number }): string {
  const source = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return source.length > 60 ? `${source.slice(0, 57)}…` : source;
}
