import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePost } from '../../src/core/frontmatter/parse-post';
import { validatePost } from '../../src/core/rules/validate';
import type { Field, PostSchema } from '../../src/core/schema/model';
import { readAstroContentConfig } from '../../src/core/schema/sources/astro-config';
import { readAstroGeneratedSchema } from '../../src/core/schema/sources/astro-generated';
import type { Collection } from '../../src/core/site/collection';
import { expectedProblems, lineOf } from './helpers';

const SITE = join(__dirname, '../fixtures/sites/astro');
const siteFile = (path: string) => readFileSync(join(SITE, path), 'utf8');
const POSTS = readdirSync(join(SITE, 'src/content/blog')).filter((name) => name.endsWith('.md')).sort();

function only(collections: readonly Collection[], name: string): Collection {
  const found = collections.find((c) => c.name === name);
  assert.ok(found, `no collection ${name} among ${collections.map((c) => c.name).join(', ')}`);
  return found;
}

const config = readAstroContentConfig(siteFile('src/content.config.ts'), 'src/content.config.ts');
const configBlog = only(config.collections, 'blog');
const generated = readAstroGeneratedSchema('blog', siteFile('.astro/collections/blog.schema.json'), '.astro/collections/blog.schema.json', configBlog.folder, configBlog.schema);
const generatedBlog = only(generated.collections, 'blog');

describe('the Astro content config, read statically', () => {
  it('finds the blog collection in the glob base and leaves out the authors data collection', () => {
    assert.deepEqual(config.problems, []);
    assert.deepEqual(config.collections.map((c) => c.name), ['blog']);
    assert.equal(configBlog.folder, 'src/content/blog');
    assert.deepEqual(configBlog.extensions, ['md', 'mdx']);
    assert.deepEqual(configBlog.schema.source, {
      kind: 'astro-config',
      label: 'Astro collection `blog`, src/content.config.ts (read statically)',
      path: 'src/content.config.ts',
      approximate: true,
    });
  });

  it('reads the zod schema: types, required keys, enums, defaults, image and reference', () => {
    const { schema } = configBlog;
    const field = (name: string) => schema.fields.get(name);
    assert.deepEqual([...schema.fields.keys()], ['title', 'description', 'pubDate', 'updatedDate', 'heroImage', 'tags', 'draft', 'category', 'author', 'slug']);
    assert.deepEqual(schema.required, ['title', 'description', 'pubDate', 'category', 'author']);
    assert.deepEqual(field('title'), { name: 'title', types: ['string'] });
    assert.equal(field('description')?.maxLength, 160);
    assert.deepEqual(field('pubDate')?.types, ['date']);
    assert.deepEqual(field('updatedDate')?.types, ['date']);
    assert.deepEqual(field('heroImage'), { name: 'heroImage', types: ['string'], format: 'image' });
    assert.deepEqual(field('tags'), { name: 'tags', types: ['array'], default: [], items: { name: 'tags', types: ['string'] } });
    assert.deepEqual(field('draft'), { name: 'draft', types: ['boolean'], default: false });
    assert.deepEqual(field('category')?.enum, ['news', 'tutorial', 'release']);
    assert.equal(field('category')?.description, 'Where the post is listed on the blog index.');
    assert.deepEqual(field('author'), { name: 'author', types: ['string'], relation: { collection: 'authors' } });
    assert.equal(schema.allowUnknownKeys, false);
    assert.equal(schema.dateKey, 'pubDate');
    assert.equal(schema.draftKey, 'draft');
  });

  it('accepts `slug`, which Astro reads from any entry to name it, as text', () => {
    assert.deepEqual(configBlog.schema.fields.get('slug')?.types, ['string']);
    assert.equal(configBlog.schema.required.includes('slug'), false);
  });

  it('reads an Astro 4 config: `type` instead of a loader, collections in src/content/<name>', () => {
    const text = `
      import { z, defineCollection } from 'astro:content';

      const postsCollection = defineCollection({
        type: 'content', // v2.5.0 and later
        schema: z.object({
          title: z.string().min(1).max(80),
          publishDate: z.string().datetime(),
          status: z.union([z.literal('draft'), z.literal('published')]).default('draft'),
          rating: z.number().int().min(1).max(5).nullable().optional(),
          canonical: z.string().url().optional(),
          contact: z.string().email().optional(),
          seo: z.object({ image: z.string(), alt: z.string() }).optional(),
          createdAt: z.date().default(() => new Date()),
          isFeatured: z.literal(true).optional(),
        }).passthrough(),
      });
      const team = defineCollection({ type: 'data', schema: z.object({ name: z.string() }) })

      export const collections = {
        'posts': postsCollection,
        team,
      };
    `;
    const { collections, problems } = readAstroContentConfig(text, 'apps/site/src/content/config.ts');
    assert.deepEqual(problems, []);
    assert.deepEqual(collections.map((c) => [c.name, c.folder, c.extensions]), [['posts', 'apps/site/src/content/posts', undefined]]);
    const { schema } = collections[0];
    assert.deepEqual(schema.required, ['title', 'publishDate']);
    assert.deepEqual(schema.fields.get('title'), { name: 'title', types: ['string'], minLength: 1, maxLength: 80 });
    assert.deepEqual(schema.fields.get('publishDate'), { name: 'publishDate', types: ['string'], format: 'date-time' });
    assert.deepEqual(schema.fields.get('status'), { name: 'status', types: ['string'], enum: ['draft', 'published'], default: 'draft' });
    assert.deepEqual(schema.fields.get('rating'), { name: 'rating', types: ['integer'], minimum: 1, maximum: 5 });
    assert.equal(schema.fields.get('canonical')?.format, 'url');
    assert.deepEqual(schema.fields.get('contact')?.types, ['string']);
    assert.deepEqual(schema.fields.get('seo')?.types, ['object']);
    assert.deepEqual(schema.fields.get('createdAt'), { name: 'createdAt', types: ['date'] });
    assert.deepEqual(schema.fields.get('isFeatured'), { name: 'isFeatured', types: ['boolean'], enum: [true] });
    assert.equal(schema.allowUnknownKeys, true, '.passthrough() lets other keys through');
    assert.equal(schema.dateKey, 'publishDate');
    assert.equal(schema.draftKey, undefined);
  });

  it('keeps reading past what it cannot read, says what that was, and stops reporting unknown keys it cannot rule out', () => {
    const text = [
      "import { defineCollection, z } from 'astro:content';",
      "import { sharedCollections, seoFields, KEY } from './shared';",
      '',
      'const blog = defineCollection({',
      '  schema: z.object({',
      '    title: z.string(),',
      '    seo: buildSeo(),',
      '    [KEY]: z.string(),',
      '    ...seoFields,',
      '    summary: z.string().optional(),',
      '  }),',
      '});',
      '',
      'export const collections = { blog, ...sharedCollections, [KEY]: blog, notes: makeCollection() };',
    ].join('\n');
    const { collections, problems } = readAstroContentConfig(text, 'src/content.config.ts');
    assert.deepEqual(collections.map((c) => c.name), ['blog']);
    const { schema } = collections[0];
    assert.deepEqual([...schema.fields.keys()], ['title', 'seo', 'summary', 'slug']);
    assert.deepEqual(schema.fields.get('seo'), { name: 'seo', types: [] }, 'what cannot be read accepts anything');
    assert.deepEqual(schema.required, ['title']);
    assert.equal(schema.allowUnknownKeys, true);
    assert.deepEqual(problems, [
      'src/content.config.ts:7: `seo` in collection `blog` is `buildSeo()`, which a static reading cannot follow; any value is accepted.',
      'src/content.config.ts:8: collection `blog` has `[KEY]: z.string()`, a key a static reading cannot name; unknown keys are not reported.',
      'src/content.config.ts:9: collection `blog` spreads `...seoFields`, which a static reading cannot follow; its keys are not checked and unknown keys are not reported.',
      'src/content.config.ts:14: `collections` spreads `...sharedCollections`, which a static reading cannot follow; the collections it adds are not read.',
      'src/content.config.ts:14: `collections` has `[KEY]: blog`, whose name a static reading cannot tell; that collection is not read.',
      'src/content.config.ts:14: collection `notes` is `makeCollection()`, which a static reading cannot follow; it is not read.',
    ]);
  });

  it('follows names, spreads of known objects, .extend() and a schema function with a context parameter', () => {
    const text = `
      import { defineCollection, reference, z as zod } from 'astro:content';
      import { glob } from 'astro/loaders';

      const CATEGORIES = ['a', 'b'] as const;
      const base = zod.object({ title: zod.string() });
      const dates = { pubDate: zod.coerce.date(), updated: zod.coerce.date().optional() };
      const blog = defineCollection({
        loader: glob({ pattern: 'content/posts/**/[^_]*.md' }),
        schema: (ctx) => base.extend({
          ...dates,
          ...base.shape,
          cover: ctx.image().optional(),
          category: zod.enum(CATEGORIES),
          related: zod.array(reference('blog')).default([]),
        }).strict(),
      });
      export const collections = { blog } satisfies Record<string, unknown>;
    `;
    const { collections, problems } = readAstroContentConfig(text, 'src/content.config.ts');
    assert.deepEqual(problems, []);
    const [blog] = collections;
    assert.equal(blog.folder, 'content/posts');
    assert.deepEqual(blog.extensions, ['md']);
    assert.deepEqual([...blog.schema.fields.keys()], ['title', 'pubDate', 'updated', 'cover', 'category', 'related', 'slug']);
    assert.deepEqual(blog.schema.required, ['title', 'pubDate', 'category']);
    assert.equal(blog.schema.fields.get('cover')?.format, 'image');
    assert.deepEqual(blog.schema.fields.get('category')?.enum, ['a', 'b']);
    assert.deepEqual(blog.schema.fields.get('related')?.items?.relation, { collection: 'blog' });
    assert.equal(blog.schema.allowUnknownKeys, false);
  });

  it('places posts by their loader: glob base, a URL beside the config, docsLoader; leaves out loaders that read no folder', () => {
    const text = `
      import { defineCollection, z } from 'astro:content';
      import { glob, file } from 'astro/loaders';
      import { docsLoader } from '@astrojs/starlight/loaders';
      import { notionLoader } from 'notion-astro-loader';

      const beside = new URL('../posts/', import.meta.url);
      export const collections = {
        notes: defineCollection({ loader: glob({ pattern: ['**/*.md', '!drafts/**'], base: beside }) }),
        docs: defineCollection({ loader: docsLoader() }),
        remote: defineCollection({ loader: notionLoader({ database: 'x' }), schema: z.object({ title: z.string() }) }),
        inline: defineCollection({ loader: () => [{ id: 'a' }] }),
        people: defineCollection({ loader: glob({ pattern: '**/*.{json,yaml}', base: 'src/data/people' }) }),
        places: defineCollection({ loader: file('src/data/places.csv', { parser: (text) => text.split('\\n') }) }),
      };
    `;
    const { collections, problems } = readAstroContentConfig(text, 'site/src/content.config.ts');
    assert.deepEqual(collections.map((c) => [c.name, c.folder, c.extensions]), [['notes', 'site/posts', ['md']], ['docs', 'site/src/content/docs', undefined]]);
    assert.deepEqual(collections[0].schema.allowUnknownKeys, true, 'a collection without a schema takes any frontmatter');
    assert.deepEqual(problems, [
      "site/src/content.config.ts:11: collection `remote` is loaded by `notionLoader({ database: 'x' })`, which does not read a folder of posts a static reading can tell; it is not read.",
      "site/src/content.config.ts:12: collection `inline` is loaded by `() => [{ id: 'a' }]`, which does not read a folder of posts a static reading can tell; it is not read.",
    ]);
  });

  it('reads a discriminated union of objects and a schema made by a helper function of the config', () => {
    const text = `
      import { defineCollection, z } from 'astro:content';
      const postSchema = () => {
        const base = { title: z.string() };
        return z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('article'), title: z.string(), body: z.string() }),
          z.object({ kind: z.literal('link'), title: z.string(), url: z.string().url() }),
        ]);
      };
      export const collections = { posts: defineCollection({ schema: postSchema() }) };
    `;
    const { collections, problems } = readAstroContentConfig(text, 'src/content.config.ts');
    assert.deepEqual(problems, []);
    const { schema } = collections[0];
    assert.deepEqual(schema.fields.get('kind'), { name: 'kind', types: ['string'], enum: ['article', 'link'] });
    assert.deepEqual(schema.required, ['kind', 'title'], 'a key is required only when every variant requires it');
    assert.deepEqual([...schema.fields.keys()], ['kind', 'title', 'body', 'url', 'slug']);
  });

  it('is not misled by braces, quotes and calls inside strings, templates, comments and regexes, nor by missing semicolons', () => {
    const text = `
      import { defineCollection, z } from 'astro:content';
      // const collections = { fake: defineCollection({}) };
      /* export const collections = { fake } */
      const blog = defineCollection({
        schema: z.object({
          title: z.string().regex(/^[^}{'"\`]+$/),
          slug: z.string().default(\`a-\${'}'}-b\`).describe("a } \\" { quote"),
          note: z.string().refine((v) => v.length > 2 && /[)]/.test(v), { message: '}) oops' }),
        }),
      })
      console.log(\`\${blog} read\`)
      export const collections = { blog }
    `;
    const { collections, problems } = readAstroContentConfig(text, 'src/content.config.ts');
    assert.deepEqual(problems, []);
    assert.deepEqual(collections.map((c) => c.name), ['blog']);
    const { fields, required } = collections[0].schema;
    assert.deepEqual([...fields.keys()], ['title', 'slug', 'note']);
    assert.equal(fields.get('title')?.pattern, '^[^}{\'"`]+$');
    assert.equal(fields.get('slug')?.description, 'a } " { quote');
    assert.equal(fields.get('slug')?.default, undefined, 'a template with a substitution is not a plain value');
    assert.deepEqual(required, ['title', 'note']);
  });

  it('never throws, whatever part of the config it is given', () => {
    const text = siteFile('src/content.config.ts');
    for (let end = 0; end <= text.length; end++) {
      const reading = readAstroContentConfig(text.slice(0, end), 'src/content.config.ts');
      assert.ok(Array.isArray(reading.collections) && Array.isArray(reading.problems));
    }
    const nonsense = readAstroContentConfig('export const collections = {{{ ]]] ((( `${ /* ', 'src/content.config.ts');
    assert.deepEqual(nonsense.collections, []);
    const deep = readAstroContentConfig(`export const collections = { a: { schema: ${'z.array('.repeat(5000)}z.string()${')'.repeat(5000)} } }`, 'src/content.config.ts');
    assert.deepEqual(deep.collections.map((c) => c.name), ['a']);
  });

  it('says so when there is no collections object to read', () => {
    const { collections, problems } = readAstroContentConfig("import { z } from 'astro:content';\n", 'src/content.config.ts');
    assert.deepEqual(collections, []);
    assert.match(problems[0], /src\/content\.config\.ts has no `export const collections/);
  });
});

describe('the JSON Schema Astro generates for a collection', () => {
  it('reads the blog collection exactly, without the `$schema` key Astro adds for data files', () => {
    assert.deepEqual(generated.problems, []);
    assert.equal(generatedBlog.folder, 'src/content/blog');
    assert.deepEqual(generatedBlog.schema.source, {
      kind: 'astro',
      label: 'Astro collection `blog`, .astro/collections/blog.schema.json',
      path: '.astro/collections/blog.schema.json',
    });
    const { schema } = generatedBlog;
    assert.equal(schema.fields.has('$schema'), false);
    assert.deepEqual(schema.required, ['title', 'description', 'pubDate', 'category', 'author']);
    assert.deepEqual(schema.fields.get('category')?.enum, ['news', 'tutorial', 'release']);
    assert.deepEqual(schema.fields.get('tags')?.default, []);
    assert.equal(schema.allowUnknownKeys, false);
    assert.equal(schema.dateKey, 'pubDate');
    assert.equal(schema.draftKey, 'draft');
  });

  it('recognises reference() fields; the collection they name and image() come from the config when it is given', () => {
    const alone = only(readAstroGeneratedSchema('blog', siteFile('.astro/collections/blog.schema.json'), 'site/.astro/collections/blog.schema.json').collections, 'blog');
    assert.equal(alone.folder, 'site/src/content/blog');
    assert.deepEqual(alone.schema.fields.get('author')?.types, ['string']);
    assert.deepEqual(alone.schema.fields.get('author')?.relation, { collection: '' }, 'the generated file does not name the collection');
    assert.equal(alone.schema.fields.get('heroImage')?.format, undefined, 'image() is written as a plain string');

    assert.deepEqual(generatedBlog.schema.fields.get('author')?.relation, { collection: 'authors' });
    assert.equal(generatedBlog.schema.fields.get('heroImage')?.format, 'image');
  });

  it('reads the draft 2020-12 schema of Astro 6, where references also take a number', () => {
    const astro6 = JSON.stringify({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: {
        title: { type: 'string' },
        pubDate: { type: 'string', format: 'date-time' },
        related: {
          type: 'array',
          items: {
            anyOf: [
              { type: 'number' },
              { type: 'string' },
              { type: 'object', properties: { id: { type: 'string' }, collection: { type: 'string' } }, required: ['id', 'collection'], additionalProperties: false },
              { type: 'object', properties: { slug: { type: 'string' }, collection: { type: 'string' } }, required: ['slug', 'collection'], additionalProperties: false },
            ],
          },
        },
        $schema: { type: 'string' },
      },
      required: ['title', 'pubDate'],
      additionalProperties: false,
    });
    const [posts] = readAstroGeneratedSchema('posts', astro6, '.astro/collections/posts.schema.json', 'src/posts').collections;
    assert.equal(posts.folder, 'src/posts');
    assert.deepEqual(posts.schema.fields.get('pubDate')?.types, ['date']);
    assert.deepEqual(posts.schema.fields.get('related')?.items?.types, ['number', 'string']);
    assert.deepEqual(posts.schema.fields.get('related')?.items?.relation, { collection: '' });
  });

  it('leaves out a file() data collection and says what is wrong with a broken file', () => {
    assert.deepEqual(readAstroGeneratedSchema('authors', siteFile('.astro/collections/authors.schema.json'), '.astro/collections/authors.schema.json'), { collections: [], problems: [] });
    const broken = readAstroGeneratedSchema('blog', '{ "$ref": ', '.astro/collections/blog.schema.json');
    assert.deepEqual(broken.collections, []);
    assert.match(broken.problems[0], /Astro collection `blog`, \.astro\/collections\/blog\.schema\.json is not valid JSON/);
  });
});

describe('both Astro readers on the fixture site', () => {
  const comparable = (field: Field | undefined) => field && {
    types: field.types,
    enum: field.enum,
    default: field.default,
    items: field.items?.types,
    maxLength: field.maxLength,
    description: field.description,
    relation: field.relation,
    image: field.format === 'image',
  };

  it('agree on the fields of the blog collection', () => {
    const a = configBlog.schema;
    const b = generatedBlog.schema;
    assert.deepEqual([...a.fields.keys()].sort(), [...b.fields.keys()].sort());
    for (const name of a.fields.keys()) assert.deepEqual(comparable(a.fields.get(name)), comparable(b.fields.get(name)), name);
    assert.deepEqual(a.required, b.required);
    assert.deepEqual([a.allowUnknownKeys, a.dateKey, a.draftKey], [b.allowUnknownKeys, b.dateKey, b.draftKey]);
    assert.equal(configBlog.folder, generatedBlog.folder);
  });

  for (const [reader, schema] of [['static config reading', configBlog.schema], ['generated JSON Schema', generatedBlog.schema]] as Array<[string, PostSchema]>) {
    for (const name of POSTS) {
      it(`with the ${reader}, ${name} gets the problems it expects`, () => {
        const text = siteFile(`src/content/blog/${name}`);
        const problems = validatePost({ post: parsePost(text), schema, today: '2026-01-15', expectFrontmatter: true });
        assert.deepEqual(problems.map((p) => `${lineOf(text, p.start)} ${p.code}`).sort(), expectedProblems(text));
      });
    }
  }

  it('has clean posts besides the one with planted mistakes', () => {
    assert.deepEqual(POSTS.filter((name) => expectedProblems(siteFile(`src/content/blog/${name}`)).length === 0), ['first-post.md', 'markdown-style-guide.md']);
  });
});
