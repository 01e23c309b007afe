import { strict as assert } from 'node:assert';
import { parsePost } from '../../src/core/frontmatter/parse-post';
import type { Problem, RuleContext, SiteFacts } from '../../src/core/rules/problem';
import { duplicateSlug } from '../../src/core/rules/site/duplicate-slug';
import { duplicateTitle } from '../../src/core/rules/site/duplicate-title';
import { similarTag } from '../../src/core/rules/site/similar-tag';
import { unknownAuthor } from '../../src/core/rules/site/unknown-author';
import { validatePost } from '../../src/core/rules/validate';
import { BUILTIN_SCHEMA } from '../../src/core/schema/builtin';
import type { SiteKind } from '../../src/core/site/detect-site';
import { applyEdits } from '../../src/core/text/text-edit';

type Posts = Record<string, Record<string, unknown>>;

interface Site {
  readonly path?: string;
  readonly posts?: Posts;
  readonly kind?: SiteKind;
  readonly knownAuthors?: readonly string[];
}

/** A fake site: this post at `path` (with its own entry in `posts` skipped, as the index may hold it), and the others. */
function siteFacts({ path = 'content/posts/this.md', posts = {}, knownAuthors }: Site): SiteFacts {
  return {
    postPath: path,
    otherPosts: () => Object.entries(posts),
    exists: () => undefined,
    knownAuthors,
  };
}

function contextOf(text: string, site: Site = {}): RuleContext {
  return {
    post: parsePost(text),
    schema: BUILTIN_SCHEMA,
    today: '2026-01-15',
    expectFrontmatter: true,
    siteKind: site.kind,
    site: siteFacts(site),
  };
}

/** The one problem a rule reports, with the text it underlines. */
function only(problems: Problem[], text: string): Problem & { underlined: string } {
  assert.equal(problems.length, 1, `expected one problem, got ${JSON.stringify(problems.map((p) => p.message))}`);
  return { ...problems[0], underlined: text.slice(problems[0].start, problems[0].end) };
}

function fixed(text: string, problem: Problem): string {
  assert.ok(problem.fixes && problem.fixes.length === 1, 'expected one fix');
  return applyEdits(text, problem.fixes[0].edits);
}

/** `count` posts tagged with `tags`, named `content/posts/<prefix>-<n>.md`. */
function tagged(prefix: string, count: number, data: Record<string, unknown>): Posts {
  const posts: Posts = {};
  for (let n = 1; n <= count; n++) posts[`content/posts/${prefix}-${n}.md`] = data;
  return posts;
}

describe('site rules', () => {
  it('are silent when nothing is known of the site', () => {
    const text = '---\ntitle: Hello\nslug: hello\ntags: [JavaScript]\nauthor: Nobody\n---\n';
    const context = { ...contextOf(text), site: undefined };
    for (const rule of [duplicateSlug, duplicateTitle, similarTag, unknownAuthor]) assert.deepEqual(rule(context), []);
  });

  it('keep up with posts changed, renamed, added and removed elsewhere, and with a switch to another post', () => {
    const text = '---\ntitle: Hello\ntags: [JavaScript]\n---\n';
    const posts: Posts = { 'content/posts/a.md': { title: 'Other', tags: ['javascript'] }, 'content/posts/b.md': { title: 'B' } };
    const check = (path = 'content/posts/this.md') => {
      const context = contextOf(text, { path, posts });
      return [...duplicateTitle(context), ...similarTag(context)].map((p) => p.message.split(':')[0].split(';')[0]);
    };
    assert.deepEqual(check(), ['Other posts use `javascript` (1 post)']);
    posts['content/posts/a.md'] = { title: 'hello', tags: ['JavaScript'] }; // saved: a new data object
    assert.deepEqual(check(), ['`content/posts/a.md` has the same title']);
    delete posts['content/posts/a.md'];
    posts['content/posts/renamed.md'] = { title: 'hello' };
    posts['content/posts/c.md'] = { title: 'C', tags: ['javascript'] };
    assert.deepEqual(check(), ['`content/posts/renamed.md` has the same title', 'Other posts use `javascript` (1 post)']);
    delete posts['content/posts/renamed.md'];
    assert.deepEqual(check(), ['Other posts use `javascript` (1 post)']);
    // Editing c.md: the site lists this.md instead (as it was saved) and leaves c.md out.
    delete posts['content/posts/c.md'];
    posts['content/posts/this.md'] = { title: 'Hello', tags: ['javascript'] };
    assert.deepEqual(check('content/posts/c.md'), ['`content/posts/this.md` has the same title', 'Other posts use `javascript` (1 post)']);
  });

  it('leave out the stored version of the post being edited, should the site list it', () => {
    const text = '---\ntitle: Hello\ntags: [JavaScript]\n---\n';
    const posts = { 'content/posts/this.md': { title: 'Hello', tags: ['javascript'] } };
    const context = contextOf(text, { posts });
    assert.deepEqual([...duplicateTitle(context), ...similarTag(context), ...duplicateSlug(context)], []);
  });

  it('run with the other rules when the site is known', () => {
    const text = '---\ntitle: Hello\ndate: 2025-01-01\n---\n';
    const problems = validatePost(contextOf(text, { posts: { 'content/posts/other.md': { title: 'hello' } } }));
    assert.deepEqual(problems.map((p) => p.code), ['duplicate-title']);
  });
});

describe('duplicate-slug', () => {
  it('names the other post whose file name builds to the same URL, and sets a slug from the title', () => {
    const text = '---\ntitle: Hello again\n---\nBody\n';
    const site = { path: 'content/posts/hello.md', posts: { 'content/posts/hello/index.md': { title: 'Hello' }, 'content/posts/other.md': {} } };
    const problem = only(duplicateSlug(contextOf(text, site)), text);
    assert.equal(problem.message, '`content/posts/hello/index.md` builds to the same URL as this post (slug `hello`, from the file name): one page replaces the other. Set a `slug` or rename the file.');
    assert.equal(problem.severity, 'error');
    assert.equal(problem.underlined, '---');
    assert.equal(problem.fixes![0].title, 'Set `slug` to `hello-again`');
    assert.equal(fixed(text, problem), '---\ntitle: Hello again\nslug: hello-again\n---\nBody\n');
  });

  it('underlines the `slug` key that repeats another post’s file name, and keeps its quotes in the fix', () => {
    const text = "---\ntitle: Second post\nslug: 'First-Post' # chosen by hand\n---\n";
    const problem = only(duplicateSlug(contextOf(text, { posts: { 'content/posts/first-post.md': {} } })), text);
    assert.equal(problem.message, '`content/posts/first-post.md` has the same slug `first-post`: they build to one URL and one page replaces the other. Change `slug`.');
    assert.equal(problem.underlined, "'First-Post'");
    assert.equal(fixed(text, problem), "---\ntitle: Second post\nslug: 'second-post' # chosen by hand\n---\n");
  });

  it('counts every other post with the slug', () => {
    const text = '---\ntitle: A\nslug: a\n---\n';
    const posts = { 'content/posts/x.md': { slug: 'a' }, 'content/posts/y.md': { slug: '/a/' }, 'content/posts/a.md': {} };
    assert.match(only(duplicateSlug(contextOf(text, { posts })), text).message, /^`content\/posts\/x\.md` and 2 other posts have the same slug `a`: they build/);
  });

  it('offers no fix when the title’s slug is taken too', () => {
    const text = '---\ntitle: Taken\n---\n';
    const posts = { 'content/posts/this/index.md': {}, 'content/posts/taken.md': {} };
    const problem = only(duplicateSlug(contextOf(text, { path: 'content/posts/this.md', posts })), text);
    assert.deepEqual(problem.fixes, []);
  });

  it('compares only posts of the same folder, and leaves out pages whose URL is set outright', () => {
    const text = '---\ntitle: Hello\n---\n';
    const posts = {
      'content/notes/hello.md': {},
      'content/posts/2024/hello.md': {},
      'content/posts/_index.md': { slug: 'hello' },
      'content/posts/moved.md': { slug: 'hello', url: '/elsewhere/' },
      'content/posts/this.md': { title: 'The post itself, as the index may list it' },
    };
    assert.deepEqual(duplicateSlug(contextOf(text, { path: 'content/posts/hello.md', posts, kind: 'hugo' })), []);
  });

  it('reads Jekyll file names without their date, and other sites’ with it', () => {
    const text = '---\ntitle: Weekly notes\n---\n';
    const posts = { '_posts/2024/2024-01-01-weekly-notes.md': {} };
    const path = '_posts/2024-01-08-weekly-notes.md';
    const problem = only(duplicateSlug(contextOf(text, { path, posts, kind: 'jekyll' })), text);
    assert.match(problem.message, /^`_posts\/2024\/2024-01-01-weekly-notes\.md` builds to the same URL as this post \(slug `weekly-notes`/);
    assert.deepEqual(duplicateSlug(contextOf(text, { path, posts: { '_posts/2024-01-01-weekly-notes.md': {} }, kind: 'astro' })), []);
  });

  it('treats an Eleventy post named after its folder like an index.md', () => {
    const text = '---\ntitle: Hello\n---\n';
    const posts = { 'posts/hello/hello.md': {} };
    assert.equal(duplicateSlug(contextOf(text, { path: 'posts/hello.md', posts, kind: 'eleventy' })).length, 1);
    assert.deepEqual(duplicateSlug(contextOf(text, { path: 'posts/hello.md', posts, kind: 'astro' })), []);
  });

  it('adds `slug = …` to TOML frontmatter before the first table', () => {
    const text = '+++\ntitle = "Hello again"\n\n[params]\nx = 1\n+++\n';
    const problem = only(duplicateSlug(contextOf(text, { path: 'content/posts/hello.md', posts: { 'content/posts/hello/index.md': {} }, kind: 'hugo' })), text);
    assert.equal(problem.underlined, '+++');
    assert.equal(fixed(text, problem), '+++\ntitle = "Hello again"\nslug = "hello-again"\n\n[params]\nx = 1\n+++\n');
  });

  it('rewrites a TOML `slug` in its own quotes', () => {
    const text = "+++\ntitle = 'Hello again'\nslug = 'hello'\n+++\n";
    const problem = only(duplicateSlug(contextOf(text, { posts: { 'content/posts/hello.md': {} }, kind: 'hugo' })), text);
    assert.equal(problem.underlined, "'hello'");
    assert.equal(fixed(text, problem), "+++\ntitle = 'Hello again'\nslug = 'hello-again'\n+++\n");
  });
});

describe('duplicate-title', () => {
  it('warns about a title another post has, whatever its case and spacing', () => {
    const text = '---\ntitle: "What is  the Jamstack?"\n---\n';
    const posts = { 'content/posts/jamstack.md': { title: '  what is the JAMSTACK? ' }, 'content/posts/other.md': { title: 'What is Hugo?' } };
    const problem = only(duplicateTitle(contextOf(text, { posts })), text);
    assert.equal(problem.message, '`content/posts/jamstack.md` has the same title: search results and feeds cannot tell the posts apart. Give this post its own title.');
    assert.equal(problem.severity, 'warning');
    assert.equal(problem.underlined, '"What is  the Jamstack?"');
    assert.equal(problem.fixes, undefined);
  });

  it('names one post and counts the rest, in TOML too', () => {
    const text = '+++\ntitle = "Hello"\n+++\n';
    const posts = { 'a.md': { title: 'hello' }, 'b.md': { title: 'Hello' }, 'c.md': { title: 'Hello!' } };
    const problem = only(duplicateTitle(contextOf(text, { posts })), text);
    assert.match(problem.message, /^`a\.md` and 1 other post have the same title/);
    assert.equal(problem.underlined, '"Hello"');
  });

  it('compares titles that start with a letter outside ASCII', () => {
    const text = '---\ntitle: Émile et les sites\n---\n';
    assert.equal(duplicateTitle(contextOf(text, { posts: { 'a.md': { title: 'émile et les sites' } } })).length, 1);
  });
});

describe('similar-tag', () => {
  it('suggests the spelling most posts use, in the words of the message', () => {
    const text = '---\ntitle: A\ntags:\n  - JavaScript # the language\n  - astro\n---\n';
    const posts = { ...tagged('lower', 12, { tags: ['javascript'] }), ...tagged('camel', 3, { tags: ['JavaScript', 'astro'] }), ...tagged('upper', 2, { tags: ['JAVASCRIPT'] }) };
    const problem = only(similarTag(contextOf(text, { posts })), text);
    assert.equal(problem.message, 'Other posts use `javascript` (12 posts); tags that differ only in case make two tag pages.');
    assert.equal(problem.severity, 'warning');
    assert.equal(problem.underlined, 'JavaScript');
    assert.equal(problem.fixes![0].title, 'Use `javascript`');
    assert.equal(fixed(text, problem), '---\ntitle: A\ntags:\n  - javascript # the language\n  - astro\n---\n');
  });

  it('finds tags that differ in spacing or by a plural, and keeps each item’s quotes', () => {
    const text = '---\ntags: ["static site", \'frameworks\', web_dev]\n---\n';
    const posts = { ...tagged('a', 2, { tags: ['static-site', 'framework'] }), ...tagged('b', 1, { tags: ['web-dev'] }) };
    const problems = similarTag(contextOf(text, { posts }));
    assert.deepEqual(problems.map((p) => p.message), [
      'Other posts use `static-site` (2 posts); tags that differ only in spaces, hyphens or underscores make two tag pages.',
      'Other posts use `framework` (2 posts); tags that differ only by a plural make two tag pages.',
      'Other posts use `web-dev` (1 post); tags that differ only in spaces, hyphens or underscores make two tag pages.',
    ]);
    assert.equal(applyEdits(text, problems.flatMap((p) => p.fixes![0].edits)), '---\ntags: ["static-site", \'framework\', web-dev]\n---\n');
  });

  it('reads `category` and `categories` as one taxonomy, with the scalar value as the range', () => {
    const text = '---\ncategory: Tutorials\n---\n';
    const posts = { ...tagged('a', 3, { categories: ['tutorial'] }), ...tagged('b', 1, { category: 'Tutorial' }) };
    const problem = only(similarTag(contextOf(text, { posts })), text);
    assert.equal(problem.message, 'Other posts use `tutorial` (3 posts); categories that differ only by a plural make two category pages.');
    assert.equal(fixed(text, problem), '---\ncategory: tutorial\n---\n');
  });

  it('compares only within one taxonomy', () => {
    const text = '---\ntags: [Design]\n---\n';
    assert.deepEqual(similarTag(contextOf(text, { posts: tagged('a', 5, { categories: ['design'], keywords: ['design'] }) })), []);
  });

  it('keeps a spelling as common as the others, and settles a tie on the lower-case one', () => {
    const text = '---\ntags: [JavaScript]\n---\n';
    assert.deepEqual(similarTag(contextOf(text, { posts: { ...tagged('a', 2, { tags: ['javascript'] }), ...tagged('b', 2, { tags: ['JavaScript'] }) } })), []);
    assert.equal(similarTag(contextOf(text, { posts: tagged('a', 1, { tags: ['javascript'] }) })).length, 1);
    const lower = '---\ntags: [javascript]\n---\n';
    assert.deepEqual(similarTag(contextOf(lower, { posts: tagged('a', 1, { tags: ['JavaScript'] }) })), []);
  });

  it('counts a post once however often it lists a spelling', () => {
    const text = '---\ntags: [CSS]\n---\n';
    const problem = only(similarTag(contextOf(text, { posts: tagged('a', 2, { tags: ['css', 'css'] }) })), text);
    assert.match(problem.message, /\(2 posts\)/);
  });

  it('leaves short words and `ss` endings their `s`', () => {
    const text = '---\ntags: [css, class, news]\n---\n';
    assert.deepEqual(similarTag(contextOf(text, { posts: tagged('a', 3, { tags: ['cs', 'clas', 'new'] }) })).map((p) => p.message), [
      'Other posts use `new` (3 posts); tags that differ only by a plural make two tag pages.',
    ]);
  });

  it('rewrites TOML items in their own quotes', () => {
    const text = '+++\ntags = ["Hugo", \'Static Sites\']\nkeywords = ["SEO"]\n+++\n';
    const posts = tagged('a', 4, { tags: ['hugo', 'static-site'], keywords: ['seo'] });
    const problems = similarTag(contextOf(text, { posts }));
    assert.equal(problems[2].message, 'Other posts use `seo` (4 posts); keywords that differ only in case count as two keywords.');
    assert.equal(applyEdits(text, problems.flatMap((p) => p.fixes![0].edits)), '+++\ntags = ["hugo", \'static-site\']\nkeywords = ["seo"]\n+++\n');
  });

  it('quotes a suggestion that a plain YAML value cannot hold', () => {
    const text = '---\ntags: [C Sharp, yes]\n---\n';
    const posts = { ...tagged('a', 2, { tags: ['YES'] }), ...tagged('b', 2, { tags: ['c-sharp'] }) };
    assert.equal(applyEdits(text, similarTag(contextOf(text, { posts })).flatMap((p) => p.fixes![0].edits)), '---\ntags: [c-sharp, "YES"]\n---\n');
  });
});

describe('unknown-author', () => {
  const knownAuthors = ['jane-doe', 'john-smith', 'ada', 'grace'];

  it('suggests the closest listed author and fixes the value in its quotes', () => {
    const text = '---\nauthor: "Jane Doe"\n---\n';
    const problem = only(unknownAuthor(contextOf(text, { knownAuthors })), text);
    assert.equal(problem.message, 'Unknown author `Jane Doe`: did you mean `jane-doe`?');
    assert.equal(problem.severity, 'warning');
    assert.equal(problem.underlined, '"Jane Doe"');
    assert.equal(problem.fixes![0].title, 'Change to `jane-doe`');
    assert.equal(fixed(text, problem), '---\nauthor: "jane-doe"\n---\n');
  });

  it('checks each item of `authors`, in TOML too', () => {
    const text = '+++\nauthors = ["ada", "Stranger", "jhon-smith"]\n+++\n';
    const problems = unknownAuthor(contextOf(text, { knownAuthors }));
    assert.deepEqual(problems.map((p) => p.message), [
      "Unknown author `Stranger`: the site lists `jane-doe`, `john-smith`, `ada` and 1 more. Use one of them, or add this author to the site's authors.",
      'Unknown author `jhon-smith`: did you mean `john-smith`?',
    ]);
    assert.deepEqual(problems[0].fixes, []);
    assert.equal(applyEdits(text, problems[1].fixes![0].edits), '+++\nauthors = ["ada", "Stranger", "john-smith"]\n+++\n');
  });

  it('quotes a name with a comma inside a flow list', () => {
    const text = '---\nauthors: [Doe Jane]\n---\n';
    const problem = only(unknownAuthor(contextOf(text, { knownAuthors: ['Doe, Jane'] })), text);
    assert.equal(fixed(text, problem), '---\nauthors: ["Doe, Jane"]\n---\n');
  });

  it('rewrites a block scalar as one quoted line, keeping the line break the next key needs', () => {
    const text = '---\nauthor: >-\n  Jane Doe\r\ntitle: A\n---\n';
    const problem = only(unknownAuthor(contextOf(text, { knownAuthors })), text);
    assert.equal(fixed(text, problem), '---\nauthor: "jane-doe"\r\ntitle: A\n---\n');
  });

  it('is silent when the site lists no authors', () => {
    assert.deepEqual(unknownAuthor(contextOf('---\nauthor: Anyone\n---\n')), []);
  });
});
