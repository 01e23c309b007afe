import { strict as assert } from 'node:assert';
import { parsePost } from '../../src/core/frontmatter/parse-post';
import type { Problem } from '../../src/core/rules/problem';
import { validatePost } from '../../src/core/rules/validate';
import { readGoYaml } from '../../src/core/rules/yaml/read-go-yaml';
import { readJsYaml3, readJsYaml4 } from '../../src/core/rules/yaml/read-js-yaml';
import { readSafeYaml } from '../../src/core/rules/yaml/read-safe-yaml';
import type { Reading } from '../../src/core/rules/yaml/site-reader';
import { quotePlainFix } from '../../src/core/rules/yaml/quote-plain';
import { BUILTIN_SCHEMA } from '../../src/core/schema/builtin';
import { schemaFromJsonSchema } from '../../src/core/schema/json-schema';
import type { PostSchema } from '../../src/core/schema/model';
import type { SiteKind } from '../../src/core/site/detect-site';
import { applyEdits } from '../../src/core/text/text-edit';
import { lineOf } from './helpers';

/** A schema that types a few keys and lets any other key through, so untyped keys can be tried. */
const OPEN_SCHEMA: PostSchema = schemaFromJsonSchema(JSON.stringify({
  properties: {
    title: { type: 'string' },
    weight: { type: 'integer' },
    rating: { type: 'number' },
    label: { type: ['string', 'number'] },
    draft: { type: 'boolean' },
    date: { type: 'string', format: 'date' },
    tags: { type: 'array', items: { type: 'string' } },
  },
}), 'test schema').schema!;

function problems(text: string, siteKind?: SiteKind, schema: PostSchema = OPEN_SCHEMA): Problem[] {
  return validatePost({ post: parsePost(text), schema, today: '2026-01-15', expectFrontmatter: true, siteKind, now: new Date('2026-01-15T12:00:00Z') });
}

function only(code: string, text: string, siteKind?: SiteKind): Problem[] {
  return problems(text, siteKind).filter((p) => p.code === code);
}

function show(reading: Reading): string {
  if (reading.kind === 'number') return `${reading.notation ? `${reading.notation} ` : ''}${reading.value}`;
  if (reading.kind === 'boolean') return String(reading.value);
  if (reading.kind === 'date') return reading.withTime ? 'date+time' : 'date';
  return reading.kind;
}

describe('how each site kind types an unquoted value', () => {
  // Checked against the real readers: js-yaml 3.14 and 4.3 in Node, safe_yaml 1.0.5 on Ruby 3.1's Psych (as Jekyll
  // 4.4 loads frontmatter); Hugo's goccy/go-yaml 1.19 from its token.New/ToNumber source.
  const table: ReadonlyArray<readonly [string, string, string, string, string]> = [
    // value          Jekyll          Hugo          js-yaml 4      js-yaml 3
    ['yes',          'true',         'text',       'text',        'text'],
    ['NO',           'false',        'text',       'text',        'text'],
    ['oN',           'true',         'text',       'text',        'text'],
    ['y',            'text',         'text',       'text',        'text'],
    ['True',         'true',         'true',       'true',        'true'],
    ['nUll',         'null',         'text',       'text',        'text'],
    ['~',            'null',         'null',       'null',        'null'],
    ['010',          'octal 8',      'octal 8',    '10',          'octal 8'],
    ['01234',        'octal 668',    'octal 668',  '1234',        'octal 668'],
    ['089',          'text',         'text',       '89',          'text'],
    ['-010',         'text',         'octal -8',   '-10',         'octal -8'],
    ['0o10',         'text',         'octal 8',    '8',           'text'],
    ['0x1f',         '31',           '31',         '31',          '31'],
    ['0b101',        '5',            '5',          '5',           '5'],
    ['1_000',        '1000',         '1000',       'text',        '1000'],
    ['1,000',        '1000',         'text',       'text',        'text'],
    ['1:30',         'base 60 90',   'text',       'text',        'base 60 90'],
    ['1:30:00.5',    'base 60 5400.5', 'text',     'text',        'base 60 5400.5'],
    ['1.10',         '1.1',          '1.1',        '1.1',         '1.1'],
    ['1e3',          'text',         'text',       '1000',        '1000'],
    ['1.0e+3',       '1000',         '1000',       '1000',        '1000'],
    ['.5',           '0.5',          '0.5',        '0.5',         '0.5'],
    ['1.',           'text',         '1',          '1',           '1'],
    ['.inf',         'Infinity',     'Infinity',   'Infinity',    'Infinity'],
    ['2024',         '2024',         '2024',       '2024',        '2024'],
    ['2025-01-02',   'date',         'text',       'date',        'date'],
    ['2025-02-30',   'text',         'text',       'date',        'date'],
    ['2025-01-02 10:00', 'text',     'text',       'text',        'text'],
    ['2025-01-02 10:00:00', 'date+time', 'text',   'date+time',   'date+time'],
    ['hello',        'text',         'text',       'text',        'text'],
  ];
  for (const [value, jekyll, hugo, js4, js3] of table) {
    it(`\`${value}\``, () => {
      assert.deepEqual(
        [readSafeYaml, readGoYaml, readJsYaml4, readJsYaml3].map((read) => show(read(value))),
        [jekyll, hugo, js4, js3],
      );
    });
  }
});

describe('reader-mismatch', () => {
  it('warns when Jekyll reads a text field as a boolean, and quotes exactly the value', () => {
    const text = '---\ntitle: NO # keep the comment\ndate: 2025-01-02\n---\n';
    const [problem] = only('reader-mismatch', text, 'jekyll');
    assert.equal(problem.message, 'Jekyll reads `NO` as the boolean false, not the text "NO". Put it in quotes to keep it as text.');
    assert.equal(problem.severity, 'warning');
    assert.equal(text.slice(problem.start, problem.end), 'NO');
    assert.equal(applyEdits(text, problem.fixes![0].edits), '---\ntitle: "NO" # keep the comment\ndate: 2025-01-02\n---\n');
    assert.deepEqual(only('reader-mismatch', text, 'hugo'), [], 'Hugo reads `NO` as text');
    assert.deepEqual(only('reader-mismatch', text, 'astro'), []);
  });

  it('warns about an unquoted date in a text field on js-yaml and Jekyll sites, not on Hugo', () => {
    const text = '---\ntitle: 2025-01-01\n---\n';
    assert.equal(only('reader-mismatch', text, 'astro')[0].message,
      'Astro reads `2025-01-01` as a date, not the text "2025-01-01". Put it in quotes to keep it as text.');
    assert.match(only('reader-mismatch', text, 'eleventy')[0].message, /^Eleventy reads `2025-01-01` as a date/);
    assert.match(only('reader-mismatch', text, 'jekyll')[0].message, /^Jekyll reads `2025-01-01` as a date/);
    assert.match(only('reader-mismatch', text)[0].message, /^js-yaml, which most site builds use, reads `2025-01-01` as a date/);
    assert.deepEqual(only('reader-mismatch', text, 'hugo'), []);
  });

  it('leaves a date field, and a field that accepts the reader\'s type, alone', () => {
    assert.deepEqual(only('reader-mismatch', '---\ndate: 2025-01-01\n---\n', 'astro'), []);
    assert.deepEqual(only('reader-mismatch', '---\nlabel: 1_000\n---\n', 'hugo'), [], '`label` accepts a number');
  });

  it('leaves to wrong-type what YAML 1.2 already reads as the wrong type', () => {
    for (const kind of ['jekyll', 'hugo', 'astro', 'nextjs'] as const) {
      const found = problems('---\ntitle: 2024\ndraft: yes\nweight: "3"\n---\n', kind);
      // Jekyll's YAML 1.1 reader takes `draft: yes` as true, so only its other two values are wrong there.
      assert.deepEqual(found.map((p) => p.code), kind === 'jekyll' ? ['wrong-type', 'wrong-type'] : ['wrong-type', 'wrong-type', 'wrong-type'], kind);
    }
  });

  it('says when Hugo, Jekyll or gray-matter read a zero-padded number as octal, and writes the number', () => {
    const text = '---\nweight: 010\n---\n';
    for (const [kind, name] of [['hugo', 'Hugo'], ['jekyll', 'Jekyll'], ['nextjs', 'Next.js (gray-matter)']] as const) {
      const [problem] = only('reader-mismatch', text, kind);
      assert.equal(problem.message, `${name} reads \`010\` as the octal number 8, not 10. Write \`10\`.`);
      assert.deepEqual(problem.fixes!.map((f) => f.title), ['Write `10`']);
      assert.equal(applyEdits(text, problem.fixes![0].edits), '---\nweight: 10\n---\n');
    }
    assert.deepEqual(only('reader-mismatch', text, 'astro'), [], 'js-yaml 4 reads 10');
  });

  it('offers quotes as well when the field also takes text', () => {
    const text = '---\nlabel: 010\n---\n';
    const [problem] = only('reader-mismatch', text, 'hugo');
    assert.deepEqual(problem.fixes!.map((f) => applyEdits(text, f.edits)), ['---\nlabel: 10\n---\n', '---\nlabel: "010"\n---\n']);
  });

  it('says when Hugo reads a number field as text', () => {
    const text = '---\nrating: 1e3\n---\n';
    const [problem] = only('reader-mismatch', text, 'hugo');
    assert.equal(problem.message, 'Hugo reads `1e3` as the text "1e3", not a number. Write `1000`.');
    assert.equal(applyEdits(text, problem.fixes![0].edits), '---\nrating: 1000\n---\n');
  });

  it('warns when a key without a type loses what was written: zeros, base 60, separators', () => {
    const text = '---\nzip: 01234\nversion: 1.10\nduration: 1:30\ncount: 1,000\nplain: 42\n---\n';
    const found = (kind: SiteKind) => only('reader-mismatch', text, kind).map((p) => `${lineOf(text, p.start)} ${text.slice(p.start, p.end)}`);
    assert.deepEqual(found('jekyll'), ['2 01234', '3 1.10', '4 1:30', '5 1,000']);
    assert.deepEqual(found('hugo'), ['2 01234', '3 1.10']);
    assert.deepEqual(found('astro'), ['2 01234', '3 1.10']);
    assert.deepEqual(found('nextjs'), ['2 01234', '3 1.10', '4 1:30']);
    const jekyll = only('reader-mismatch', text, 'jekyll');
    assert.equal(jekyll[0].message, 'Jekyll reads `01234` as the octal number 668, not the text "01234". Put it in quotes to keep it as written.');
    assert.equal(jekyll[2].message, 'Jekyll reads `1:30` as the number 90 (base 60, as for times), not the text "1:30". Put it in quotes to keep it as written.');
    assert.equal(applyEdits(text, jekyll[1].fixes![0].edits), text.replace('1.10', '"1.10"'));
  });

  it('warns about yes/no in a key without a type where the reader keeps it as text', () => {
    const text = '---\ncomments: no\n---\n';
    const [problem] = only('reader-mismatch', text, 'astro');
    assert.equal(problem.message, 'Astro reads `no` as the text "no", not the boolean false, which templates treat as true. Write `false` for a yes/no setting, or quote the value to keep the text.');
    assert.deepEqual(problem.fixes!.map((f) => applyEdits(text, f.edits)), ['---\ncomments: false\n---\n', '---\ncomments: "no"\n---\n']);
    assert.equal(only('reader-mismatch', '---\ncomments: Yes\n---\n', 'hugo')[0].message,
      'Hugo reads `Yes` as the text "Yes", not the boolean true. Write `true` for a yes/no setting, or quote the value to keep the text.');
    assert.deepEqual(only('reader-mismatch', text, 'jekyll'), [], 'Jekyll reads `no` as false, as meant');
  });

  it('checks list items against the item type', () => {
    const text = '---\ntags:\n  - news\n  - off\n  - 2025-01-03\n---\n';
    assert.deepEqual(only('reader-mismatch', text, 'jekyll').map((p) => text.slice(p.start, p.end)), ['off', '2025-01-03']);
    assert.deepEqual(only('reader-mismatch', text, 'astro').map((p) => text.slice(p.start, p.end)), ['2025-01-03']);
    const flow = '---\ntags: [news, 2025-01-03]\n---\n';
    const [problem] = only('reader-mismatch', flow, 'astro');
    assert.equal(applyEdits(flow, problem.fixes![0].edits), '---\ntags: [news, "2025-01-03"]\n---\n');
  });

  it('leaves quoted, tagged, folded, TOML and JSON values alone', () => {
    for (const text of [
      '---\ntitle: "NO"\n---\n',
      "---\ntitle: 'NO'\n---\n",
      '---\ntitle: !!str NO\n---\n',
      '---\ntitle: 2025-01-01\n  and more\n---\n',
      '+++\ntitle = "NO"\nzip = 01234\n+++\n',
      '---json\n{ "title": "2025-01-01" }\n---\n',
    ]) {
      assert.deepEqual(only('reader-mismatch', text, 'jekyll'), [], text);
    }
  });

  it('reads the built-in schema\'s text fields the same way', () => {
    const text = '---\ntitle: Off\ndate: 2025-01-02\n---\n';
    const found = validatePost({ post: parsePost(text), schema: BUILTIN_SCHEMA, today: '2026-01-15', expectFrontmatter: true, siteKind: 'jekyll', now: new Date('2026-01-15T12:00:00Z') });
    assert.deepEqual(found.filter((p) => p.code === 'reader-mismatch').map((p) => p.message), ['Jekyll reads `Off` as the boolean false, not the text "Off". Put it in quotes to keep it as text.']);
  });

  it('quotes with single quotes when the value holds a double quote or a backslash', () => {
    assert.equal(quotePlainFix('5"', 0, 2).edits[0].newText, '\'5"\'');
    assert.equal(quotePlainFix('it\'s "x"', 0, 8).edits[0].newText, '\'it\'\'s "x"\'');
    assert.equal(quotePlainFix('a\\b', 0, 3).edits[0].newText, "'a\\b'");
    assert.equal(quotePlainFix('NO', 0, 2).edits[0].newText, '"NO"');
  });
});

describe('tab-indent', () => {
  it('marks each indenting tab and replaces it with two spaces, beside the reader\'s own error', () => {
    const text = '---\ntitle: A\ndate: 2025-01-02\ntags:\n\t- a\n\t\t- b\n---\n';
    const found = problems(text).filter((p) => p.code === 'tab-indent' || p.code === 'yaml-syntax');
    assert.deepEqual(found.map((p) => `${lineOf(text, p.start)} ${p.code} ${JSON.stringify(text.slice(p.start, p.end))}`).sort(), [
      '5 tab-indent "\\t"', '5 yaml-syntax "\\t"', '6 tab-indent "\\t\\t"', '6 yaml-syntax "\\t\\t"',
    ]);
    const tabs = found.filter((p) => p.code === 'tab-indent');
    assert.equal(tabs[0].message, 'Indented with a tab, so the site cannot read this frontmatter: replace it with 2 spaces.');
    assert.equal(tabs[1].message, 'Indented with 2 tabs, so the site cannot read this frontmatter: replace them with 2 spaces.');
    assert.equal(tabs[0].fixes![0].title, 'Replace tabs with spaces');
    const fixed = applyEdits(text, tabs.flatMap((p) => p.fixes![0].edits));
    assert.equal(fixed, '---\ntitle: A\ndate: 2025-01-02\ntags:\n  - a\n  - b\n---\n');
    assert.deepEqual(parsePost(fixed).syntaxProblems, []);
  });

  it('removes a stray tab before a top-level key', () => {
    const text = '---\ntitle: A\n\tdate: 2025-01-02\n---\n';
    const [problem] = problems(text).filter((p) => p.code === 'tab-indent');
    assert.equal(problem.message, 'Indented with a tab, so the site cannot read this frontmatter: the line needs no indent, so remove it.');
    assert.equal(problem.fixes![0].title, 'Remove the tab');
    assert.equal(applyEdits(text, problem.fixes![0].edits), '---\ntitle: A\ndate: 2025-01-02\n---\n');
  });

  it('uses the indent the block already has, and keeps CRLF line endings', () => {
    const text = '---\r\ntitle: A\r\nimage:\r\n\tsrc: a.png\r\n\talt: A cat\r\nauthor:\r\n    name: Me\r\n---\r\n';
    const fixed = applyEdits(text, problems(text).filter((p) => p.code === 'tab-indent').flatMap((p) => p.fixes![0].edits));
    assert.equal(fixed, '---\r\ntitle: A\r\nimage:\r\n    src: a.png\r\n    alt: A cat\r\nauthor:\r\n    name: Me\r\n---\r\n');
    assert.deepEqual(parsePost(fixed).syntaxProblems, []);
  });

  it('removes a tab after spaces that already indent the line', () => {
    const text = '---\ncover:\n  src: a.png\n  \talt: b\n---\n';
    const [problem] = problems(text).filter((p) => p.code === 'tab-indent');
    assert.equal(problem.message, 'Indented with a tab, so the site cannot read this frontmatter: the spaces already indent the line, so remove it.');
    assert.equal(applyEdits(text, problem.fixes![0].edits), '---\ncover:\n  src: a.png\n  alt: b\n---\n');
  });

  it('indents a block scalar\'s first line', () => {
    const text = '---\nsummary: |\n\tFirst line\n---\n';
    const [problem] = problems(text).filter((p) => p.code === 'tab-indent');
    assert.equal(applyEdits(text, problem.fixes![0].edits), '---\nsummary: |\n  First line\n---\n');
  });

  it('marks a tab before a flow collection\'s items', () => {
    const text = '---\ntags: [\n\ta,\n  b\n]\n---\n';
    const found = problems(text).filter((p) => p.code === 'tab-indent');
    assert.deepEqual(found.map((p) => lineOf(text, p.start)), [3]);
  });

  it('says nothing of tabs YAML allows, nor of TOML', () => {
    for (const text of [
      '---\ntitle: A\n\t# a comment\n\t\n---\n',
      '---\nbody: |\n  line\n  \ttabbed\n---\n',
      '---\ntags:\n-\ta\n---\n',
      '---\ntitle:\tA\n---\n',
      '+++\n[cover]\n\tsrc = "a.png"\n+++\n',
    ]) {
      assert.deepEqual(problems(text).filter((p) => p.code === 'tab-indent'), [], JSON.stringify(text));
    }
  });
});
