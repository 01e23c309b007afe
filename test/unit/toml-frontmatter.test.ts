import { strict as assert } from 'node:assert';
import { insertKeyEdit } from '../../src/core/frontmatter/insert-key';
import { parsePost, type FrontmatterEntry } from '../../src/core/frontmatter/parse-post';
import { tomlValue, tomlValueFromYaml } from '../../src/core/frontmatter/toml-value';
import { validatePost } from '../../src/core/rules/validate';
import { BUILTIN_SCHEMA } from '../../src/core/schema/builtin';
import { applyEdits } from '../../src/core/text/text-edit';
import { lineOf } from './helpers';

/** Each entry as `key source | value source`, sliced from the file by its offsets. */
function ranges(text: string): string[] {
  return parsePost(text).entries.map((e) => `${text.slice(e.keyStart, e.keyEnd)} | ${text.slice(e.valueStart, e.valueEnd)}`);
}

function entry(text: string, key: string): FrontmatterEntry {
  const found = parsePost(text).entries.find((e) => e.key === key);
  assert.ok(found, `no entry ${key}`);
  return found;
}

function inserted(text: string, key: string, yamlValue: string): string {
  const edit = insertKeyEdit(parsePost(text), key, yamlValue);
  assert.ok(edit);
  return applyEdits(text, [edit]);
}

describe('TOML frontmatter', () => {
  describe('key and value offsets', () => {
    it('ends a value before its comment, not at a # inside quotes', () => {
      const text = '+++\ntitle = "a # not a comment" # comment\ndraft = false# tight\n+++\n';
      assert.deepEqual(ranges(text), ['title | "a # not a comment"', 'draft | false']);
    });

    it('keeps the quotes of quoted keys in the key range and drops them from the name', () => {
      const text = "+++\n\"my key\" = 1\n'literal key' = 2\n\"esc\\u0041\" = 3\n+++\n";
      assert.deepEqual(ranges(text), ['"my key" | 1', "'literal key' | 2", '"esc\\u0041" | 3']);
      assert.deepEqual(parsePost(text).entries.map((e) => e.key), ['my key', 'literal key', 'escA']);
    });

    it('reads a dotted key as an entry for its first part, whose value is the rest', () => {
      const text = '+++\ncover . "image" = "/a.png"\ncover.alt = "A"\n+++\n';
      assert.deepEqual(ranges(text), ['cover | "image" = "/a.png"']);
      assert.deepEqual(entry(text, 'cover').value, { image: '/a.png', alt: 'A' });
    });

    it('spans multi-line arrays with comments, nested arrays and inline tables', () => {
      const text = [
        '+++',
        'tags = [',
        '  "a", # one, with a ] in the comment',
        '  [1, 2],',
        '  { src = "/a.png", alt = "A, b }" },',
        ']',
        'next = 1',
        '+++',
        '',
      ].join('\n');
      const tags = entry(text, 'tags');
      assert.equal(text.slice(tags.valueStart, tags.valueEnd), text.slice(text.indexOf('['), text.indexOf(']\nnext') + 1));
      assert.deepEqual(tags.items?.map((i) => text.slice(i.start, i.end)), ['"a"', '[1, 2]', '{ src = "/a.png", alt = "A, b }" }']);
      assert.deepEqual(tags.items?.map((i) => i.value), ['a', [1, 2], { src: '/a.png', alt: 'A, b }' }]);
      assert.deepEqual(ranges(text)[1], 'next | 1');
    });

    it("spans ''' and \"\"\" strings that hold headers, quotes and escaped delimiters", () => {
      const text = "+++\nsummary = '''\n[params]\nx = \"\"\"\n'''\nesc = \"\"\"a \\\"\"\" b\"\"\"\"\"\nafter = true\n+++\n";
      assert.deepEqual(ranges(text), ["summary | '''\n[params]\nx = \"\"\"\n'''", 'esc | """a \\""" b"""""', 'after | true']);
      assert.equal(entry(text, 'esc').value, 'a """ b""');
    });

    it('takes a date-time with a space as one value', () => {
      const text = '+++\ndate = 1979-05-27 07:32:00Z # UTC\n+++\n';
      assert.deepEqual(ranges(text), ['date | 1979-05-27 07:32:00Z']);
    });

    it('gives a [table] an entry ranged on its header, and [[tables]] list items', () => {
      const text = '+++\ntitle = "T"\n[ params.social ]\nx = 1\n[[authors]]\nname = "A"\n[[authors]]\nname = "B"\n+++\n';
      assert.deepEqual(ranges(text), ['title | "T"', 'params | [ params.social ]', 'authors | [[authors]]']);
      assert.deepEqual(entry(text, 'params').value, { social: { x: 1 } });
      const authors = entry(text, 'authors');
      assert.deepEqual(authors.items?.map((i) => [i.start, i.end, i.value]), [
        [text.indexOf('[[authors]]'), text.indexOf('[[authors]]') + 11, { name: 'A' }],
        [text.lastIndexOf('[[authors]]'), text.lastIndexOf('[[authors]]') + 11, { name: 'B' }],
      ]);
    });

    it('counts offsets in the whole file, after a byte order mark and with CRLF', () => {
      const text = '\ufeff+++\r\ntitle = "A"\r\ntags = [\r\n  "x",\r\n]\r\n+++\r\nBody';
      assert.deepEqual(ranges(text), ['title | "A"', 'tags | [\r\n  "x",\r\n]']);
      assert.equal(parsePost(text).bodyStart, text.indexOf('Body'));
    });
  });

  describe('values', () => {
    it('gives dates as Date objects the date rule accepts, and a bare time of day as text', () => {
      const text = '+++\ntitle = "A"\ndate = 2025-01-02\nlastmod = 2025-01-03T10:00:00+02:00\npublishDate = 07:30:00\n+++\n';
      const post = parsePost(text);
      assert.ok(post.data.date instanceof Date);
      assert.equal((post.data.date as Date).toISOString(), '2025-01-02');
      assert.ok(post.data.lastmod instanceof Date);
      assert.equal(post.data.publishDate, '07:30:00');
      const problems = validatePost({ post, schema: BUILTIN_SCHEMA, today: '2026-01-15', expectFrontmatter: true });
      assert.deepEqual(problems.map((p) => `${text.slice(p.start, p.end)} ${p.code}`), ['07:30:00 invalid-date']);
    });

    it('gives ordinary objects, in which a key named __proto__ stays a key', () => {
      const post = parsePost('+++\n__proto__ = 1\n[cover]\nsrc = "/a.png"\n+++\n');
      assert.deepEqual(post.entries.map((e) => e.key), ['__proto__', 'cover']);
      assert.equal(Object.getPrototypeOf(post.data), Object.prototype);
      assert.deepEqual(Object.keys(post.data), ['__proto__', 'cover']);
      assert.deepEqual(post.data.cover, { src: '/a.png' });
    });

    it('names a date where text belongs and offers to quote it', () => {
      const text = '+++\ntitle = 2025-01-02\ndate = 2025-01-02\n+++\n';
      const [problem] = validatePost({ post: parsePost(text), schema: BUILTIN_SCHEMA, today: '2026-01-15', expectFrontmatter: true });
      assert.equal(problem.message, '`title` should be text, but this is a date. Put it in quotes to keep it as text.');
      assert.equal(applyEdits(text, problem.fixes![0].edits), text.replace('title = 2025', 'title = "2025').replace('02\ndate', '02"\ndate'));
    });

    it('underlines the list item that has the wrong type, and quotes it', () => {
      const text = '+++\ntitle = "A"\ndate = 2025-01-02\ntags = [\n  "toml",\n  42, # the answer\n]\n+++\n';
      const [problem] = validatePost({ post: parsePost(text), schema: BUILTIN_SCHEMA, today: '2026-01-15', expectFrontmatter: true });
      assert.equal(text.slice(problem.start, problem.end), '42');
      assert.equal(problem.message, 'Each item of `tags` should be text, but this is the number 42. Put it in quotes to keep it as text.');
      assert.equal(applyEdits(text, problem.fixes![0].edits), text.replace('42,', '"42",'));
    });

    it('does not give the YAML 1.1 boolean hint in TOML', () => {
      const text = '+++\ntitle = "A"\ndate = 2025-01-02\ndraft = "yes"\n+++\n';
      const [problem] = validatePost({ post: parsePost(text), schema: BUILTIN_SCHEMA, today: '2026-01-15', expectFrontmatter: true });
      assert.equal(problem.message, '`draft` should be `true` or `false`, but this is the text `yes`.');
    });
  });

  describe('syntax problems', () => {
    it('points at the exact character smol-toml stops at, in the whole file', () => {
      const text = '+++\r\ntitle = "A"\r\nlayuot = "x"\r\ntitle2 = Hello world\r\n+++\r\n';
      const post = parsePost(text);
      assert.equal(post.syntaxProblems.length, 1);
      const [problem] = post.syntaxProblems;
      assert.equal(problem.start, text.indexOf('Hello'));
      assert.equal(text.slice(problem.start, problem.end), 'Hello');
      const [diagnostic] = validatePost({ post, schema: BUILTIN_SCHEMA, today: '2026-01-15', expectFrontmatter: true })
        .filter((p) => p.code === 'toml-syntax');
      assert.equal(lineOf(text, diagnostic.start), 4);
      assert.match(diagnostic.message, /^TOML syntax: Invalid value\. Put text in double quotes/);
    });

    it('keeps the entries before the error, with their values', () => {
      const text = '+++\ntitle = "A"\ntags = ["a", 1]\ndraft: true\nlater = 1\n+++\n';
      const post = parsePost(text);
      assert.deepEqual(post.entries.map((e) => [e.key, e.value]), [['title', 'A'], ['tags', ['a', 1]]]);
      assert.deepEqual(post.data, { title: 'A', tags: ['a', 1] });
    });

    it('reads the entries before an array that is never closed', () => {
      const text = '+++\ntitle = "A"\ntags = ["a",\n  "b"\n+++\n';
      const post = parsePost(text);
      assert.deepEqual(post.entries.map((e) => e.key), ['title']);
      assert.equal(post.syntaxProblems[0].code, 'TOML_SYNTAX');
    });

    it('reports a repeated key on the repeat and still reads every other key', () => {
      const text = '+++\ntitle = "First"\ntitle = "Second"\ndraft = true\n+++\n';
      const post = parsePost(text);
      assert.deepEqual(post.syntaxProblems.map((p) => [p.code, text.slice(p.start, p.end), lineOf(text, p.start)]), [['DUPLICATE_KEY', 'title', 3]]);
      assert.deepEqual(post.data, { title: 'First', draft: true });
      assert.deepEqual(post.entries.map((e) => e.key), ['title', 'draft']);
    });
  });

  describe('adding a key', () => {
    it('adds `key = value` before the closing +++', () => {
      assert.equal(inserted('+++\ntitle = "A" # kept\n+++\nBody\n', 'date', '2026-01-15'), '+++\ntitle = "A" # kept\ndate = 2026-01-15\n+++\nBody\n');
    });

    it('keeps CRLF line endings', () => {
      assert.equal(inserted('+++\r\ndate = 2025-01-01\r\n+++\r\n', 'title', '""'), '+++\r\ndate = 2025-01-01\r\ntitle = ""\r\n+++\r\n');
    });

    it('adds a top-level key after the last one, not inside a [table]', () => {
      const text = '+++\ntitle = "A"\ntags = [\n  "a",\n]\n\n[params]\nx = 1\n+++\n';
      assert.equal(inserted(text, 'draft', 'true'), '+++\ntitle = "A"\ntags = [\n  "a",\n]\ndraft = true\n\n[params]\nx = 1\n+++\n');
      assert.equal(inserted('+++\n# settings\n[params]\nx = 1\n+++\n', 'title', '""'), '+++\n# settings\ntitle = ""\n[params]\nx = 1\n+++\n');
    });

    it('writes the value as TOML: strings double-quoted, lists with quoted items, dates bare', () => {
      const text = '+++\n+++\n';
      assert.equal(inserted(text, 'title', 'Hello world'), '+++\ntitle = "Hello world"\n+++\n');
      assert.equal(inserted(text, 'title', '"Hello: \\"world\\""'), '+++\ntitle = "Hello: \\"world\\""\n+++\n');
      assert.equal(inserted(text, 'tags', '[a, b]'), '+++\ntags = ["a", "b"]\n+++\n');
      assert.equal(inserted(text, 'date', '2026-01-15T10:00:00Z'), '+++\ndate = 2026-01-15T10:00:00Z\n+++\n');
      assert.equal(inserted(text, 'slug', '"2026-01-15"'), '+++\nslug = "2026-01-15"\n+++\n');
      assert.equal(inserted(text, 'weight', '0'), '+++\nweight = 0\n+++\n');
      assert.equal(inserted(text, 'cover', ''), '+++\ncover = ""\n+++\n');
      assert.equal(inserted(text, 'my key', 'x'), '+++\n"my key" = "x"\n+++\n');
    });

    it('writes TOML that smol-toml reads back', () => {
      assert.equal(tomlValue({ src: '/a.png', 'alt text': 'A "b"\u007f' }), '{ src = "/a.png", "alt text" = "A \\"b\\"\\u007F" }');
      assert.equal(tomlValue([1.5, Number.NaN, -Infinity, null]), '[1.5, nan, -inf, ""]');
      assert.equal(tomlValueFromYaml('2026-13-45'), '"2026-13-45"');
      const text = inserted('+++\ntitle = "A"\n+++\n', 'cover', '{src: /a.png, alt: "x"}');
      assert.deepEqual(parsePost(text).data, { title: 'A', cover: { src: '/a.png', alt: 'x' } });
    });

    it('adds nothing to an unclosed block', () => {
      assert.equal(insertKeyEdit(parsePost('+++\ntitle = "A"\n'), 'date', '2026-01-15'), undefined);
    });
  });
});

describe('list items of YAML frontmatter', () => {
  it('gives each item of a sequence its range and value, flow or block', () => {
    const text = '---\ntags: [a, 42]\nauthors:\n  - Ada\n  - "Grace" # quoted\n---\n';
    const items = parsePost(text).entries.map((e) => e.items?.map((i) => `${text.slice(i.start, i.end)}=${JSON.stringify(i.value)}`));
    assert.deepEqual(items, [['a="a"', '42=42'], ['Ada="Ada"', '"Grace"="Grace"']]);
  });

  it('gives no items to values that are not lists', () => {
    assert.deepEqual(parsePost('---\ntitle: A\ncover: {src: a}\n---\n').entries.map((e) => e.items), [undefined, undefined]);
  });
});
