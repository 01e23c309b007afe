import { strict as assert } from 'node:assert';
import { completeFrontmatter } from '../../src/core/complete/frontmatter-completion';
import { parsePost } from '../../src/core/frontmatter/parse-post';
import { BUILTIN_SCHEMA } from '../../src/core/schema/builtin';
import { schemaFromJsonSchema } from '../../src/core/schema/json-schema';
import type { PostSchema } from '../../src/core/schema/model';
import { caret } from './helpers';

function complete(marked: string, schema: PostSchema = BUILTIN_SCHEMA) {
  const { text, offset } = caret(marked);
  const result = completeFrontmatter({ post: parsePost(text), offset, schema, today: '2026-01-15', now: '2026-01-15T10:00:00+01:00' });
  return result && { ...result, labels: [...result.items].sort((a, b) => a.sortText.localeCompare(b.sortText)).map((i) => i.label), text };
}

describe('frontmatter completion', () => {
  it('offers keys not yet present first, with their descriptions', () => {
    const result = complete('---\ntitle: A\n|\n---\nBody\n')!;
    assert.ok(result.labels.indexOf('description') < result.labels.indexOf('title'), 'present keys come last');
    const description = result.items.find((i) => i.label === 'description')!;
    assert.equal(description.insertText, 'description: ');
    assert.match(description.documentation ?? '', /summary/);
  });

  it('replaces the partly typed key', () => {
    const result = complete('---\ntitle: A\npub|D\n---\n')!;
    assert.equal(result.text.slice(result.replaceStart, result.replaceEnd), 'pubD');
  });

  it('offers true and false for a boolean', () => {
    const result = complete('---\ntitle: A\ndraft: |\n---\n')!;
    assert.deepEqual(result.labels.slice(0, 2).sort(), ['false', 'true']);
  });

  it("offers today's date for a date key, in the author's own format", () => {
    const result = complete('---\ntitle: A\npubDate: |\n---\n')!;
    assert.equal(result.items[0].insertText, '2026-01-15');
    assert.ok(result.items.some((i) => i.insertText === '2026-01-15T10:00:00+01:00'));
  });

  it('offers the values of an enum, for list items too', () => {
    const { schema } = schemaFromJsonSchema(JSON.stringify({
      type: 'object',
      properties: {
        status: { enum: ['idea', 'writing', 'review'] },
        tags: { type: 'array', items: { type: 'string', enum: ['astro', 'hugo'] } },
      },
    }), 'test');
    assert.deepEqual(complete('---\nstatus: wr|\n---\n', schema)!.labels, ['idea', 'writing', 'review']);
    assert.deepEqual(complete('---\ntags:\n  - |\n---\n', schema)!.labels, ['astro', 'hugo']);
  });

  it('offers nothing in the body, on the fences, or in a file without frontmatter', () => {
    assert.equal(complete('---\ntitle: A\n---\nBody |here\n'), undefined);
    assert.equal(complete('--|-\ntitle: A\n---\n'), undefined);
    assert.equal(complete('Just |text\n'), undefined);
  });
});

describe('completion in TOML frontmatter', () => {
  it('offers keys as `key = ` and quotes text values', () => {
    const keys = complete('+++\ntitle = "A"\n|\n+++\n')!;
    assert.equal(keys.items.find((i) => i.label === 'draft')?.insertText, 'draft = ');
    const { schema } = schemaFromJsonSchema(JSON.stringify({ type: 'object', properties: { status: { enum: ['idea', 'done'] } } }), 'test');
    const values = complete('+++\nstatus = |\n+++\n', schema)!;
    assert.deepEqual(values.items.map((i) => i.insertText), ['"idea"', '"done"']);
    assert.equal(complete('+++\ndate = |\n+++\n')!.items[0].insertText, '2026-01-15');
  });
});
