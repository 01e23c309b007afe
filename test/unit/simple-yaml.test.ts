import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { locateFrontmatter } from '../../src/core/frontmatter/locate';
import { readSimpleYaml } from '../../src/core/index/simple-yaml';
import { frontmatter, post } from '../../bench/corpus';

function fullParse(source: string): unknown {
  try {
    return load(source, { schema: CORE_SCHEMA, json: true });
  } catch {
    return 'error';
  }
}

/** The fast reader must agree with js-yaml wherever it answers at all. */
function agrees(source: string): boolean {
  const fast = readSimpleYaml(source);
  if (fast === undefined) return false;
  assert.deepEqual(fast, fullParse(source), `on:\n${source}`);
  return true;
}

function* markdownFiles(dir: string): Iterable<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* markdownFiles(path);
    else if (name.endsWith('.md')) yield path;
  }
}

describe('the fast frontmatter reader of the index', () => {
  it('agrees with js-yaml on every fixture post and example that it reads, and reads most of them', () => {
    let read = 0;
    let total = 0;
    for (const dir of ['test/fixtures', 'test/unit/fixtures', 'examples']) {
      for (const file of markdownFiles(join(__dirname, '../..', dir))) {
        const text = readFileSync(file, 'utf8');
        const block = locateFrontmatter(text);
        if (!block || block.format !== 'yaml' || !block.closed) continue;
        total++;
        if (agrees(text.slice(block.contentStart, block.contentEnd))) read++;
      }
    }
    assert.ok(read / total > 0.6, `read ${read} of ${total}`);
  });

  it('agrees with js-yaml on the benchmark corpus', () => {
    for (let i = 0; i < 200; i++) assert.ok(agrees(frontmatter(i).slice(4, -5)), frontmatter(i));
    assert.ok(post(2048).length > 2000);
  });

  it('resolves scalars as the YAML 1.2 core schema does', () => {
    const samples = [
      'a: ~\nb: null\nc:\nd: NULL',
      'a: true\nb: False\nc: yes\nd: no\ne: on',
      'a: 12\nb: -3\nc: 0o17\nd: 0x1F\ne: 1.5\nf: .5\ng: 1e3\nh: .inf\ni: -.Inf\nj: .nan',
      'a: 2025-01-02\nb: 2025-01-02T10:00:00Z\nc: 1.10\nd: 010',
      'a: "quoted: with colon"\nb: \'it\'\'s\'\nc: "esc \\" and \\n"\nd: plain # comment\ne: "x" # c',
      'tags: [a, "b, c", \'d\', 4, true]\nempty: []\nlist:\n  - one\n  - "two"',
      'tags:\n- compact\n- list\nnext: 1',
      'a: it is "fine"\nb: C#\nc: a#b',
    ];
    for (const sample of samples) assert.ok(agrees(sample), sample);
  });

  it('leaves anything else to the full parser', () => {
    for (const sample of ['a: |\n  block', 'a: >\n  folded', 'a: &x 1\nb: *x', 'a: !!str 1', 'a:\n  nested: map', 'a: {b: 1}', '"quoted": key', 'a: 1\na: 2', 'a: "\\x41"', 'a: [1, [2]]', 'a: b: c', 'a: @x', 'a:\n  - b: 1', 'a:\n  - one\n- two', 'a:\n\t- tabbed']) {
      assert.equal(readSimpleYaml(sample), undefined, sample);
    }
  });
});
