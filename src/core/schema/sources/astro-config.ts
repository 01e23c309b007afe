import type { Collection, SourceReading } from '../../site/collection';
import { readModule } from '../../static-js/read-module';
import { resolveName, staticValue } from '../../static-js/static-value';
import type { Expr, ModuleReading } from '../../static-js/syntax';
import type { PostSchema } from '../model';
import { astroDateKey, astroDraftKey, CONTENT_CONFIG_PATH, projectRootOf, withAstroSlug } from './astro-conventions';
import { isCallTo, readLoader } from './astro-loader';
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

/** What reading one collection needs; the loader reader takes the same. */
interface ConfigContext {
  readonly path: string;
  readonly module: ModuleReading;
  readonly root: string;
  readonly report: (offset: number, message: string) => void;
  readonly quote: (span: { readonly start: number; readonly end: number }) => string;
}

function readCollections(text: string, path: string, problems: string[]): Collection[] {
  const module = readModule(text);
  const context: ConfigContext = {
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

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

function quote(text: string, span: { readonly start: number; readonly end: number }): string {
  const source = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return source.length > 60 ? `${source.slice(0, 57)}…` : source;
}
