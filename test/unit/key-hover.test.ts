import { strict as assert } from 'node:assert';
import { parsePost } from '../../src/core/frontmatter/parse-post';
import { keyHover } from '../../src/core/hover/key-hover';
import { BUILTIN_SCHEMA } from '../../src/core/schema/builtin';
import { schemaFromJsonSchema } from '../../src/core/schema/json-schema';
import { caret } from './helpers';

describe('hover on a frontmatter key', () => {
  it('says what the key is, what it accepts and which schema says so', () => {
    const { schema } = schemaFromJsonSchema(JSON.stringify({
      type: 'object', required: ['status'],
      properties: { status: { enum: ['idea', 'done'], default: 'idea', description: 'Where the post stands.' } },
    }), 'JSON Schema schemas/post.json');
    const { text, offset } = caret('---\nsta|tus: idea\n---\n');
    const hover = keyHover(parsePost(text), offset, schema!)!;
    assert.equal(text.slice(hover.start, hover.end), 'status');
    assert.equal(hover.contents, [
      '**status** · required · text', '', 'Where the post stands.', '', 'Allowed: `idea`, `done`', '', 'Default: `"idea"`', '',
      '_Schema: JSON Schema schemas/post.json_',
    ].join('\n'));
  });

  it('names the schema that does not list a key, and says nothing over values', () => {
    const { text, offset } = caret('---\nlayuot|: post\n---\n');
    assert.match(keyHover(parsePost(text), offset, BUILTIN_SCHEMA)!.contents, /\*\*layuot\*\* is not listed by the built-in blog post schema/);
    const value = caret('---\nlayout: po|st\n---\n');
    assert.equal(keyHover(parsePost(value.text), value.offset, BUILTIN_SCHEMA), undefined);
  });
});
