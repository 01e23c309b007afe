import { strict as assert } from 'node:assert';
import { locateFrontmatter } from '../../src/core/frontmatter/locate';

describe('locating the frontmatter block', () => {
  it('finds YAML between --- fences and where the body starts', () => {
    const text = '---\ntitle: A\n---\nBody\n';
    const block = locateFrontmatter(text)!;
    assert.equal(block.format, 'yaml');
    assert.equal(text.slice(block.contentStart, block.contentEnd), 'title: A\n');
    assert.equal(text.slice(block.end), 'Body\n');
    assert.equal(block.closed, true);
  });

  it('accepts CRLF, a byte order mark and the YAML `...` end marker', () => {
    const text = '\ufeff---\r\ntitle: A\r\n...\r\nBody';
    const block = locateFrontmatter(text)!;
    assert.equal(block.start, 1);
    assert.equal(text.slice(block.contentStart, block.contentEnd), 'title: A\r\n');
    assert.equal(text.slice(block.end), 'Body');
  });

  it('finds TOML between +++ fences', () => {
    const text = '+++\ntitle = "A"\n+++\n';
    assert.equal(locateFrontmatter(text)?.format, 'toml');
  });

  it('finds a JSON object, braces included', () => {
    const text = '{\n  "title": "A"\n}\nBody';
    const block = locateFrontmatter(text)!;
    assert.equal(block.format, 'json');
    assert.equal(text.slice(block.contentStart, block.contentEnd), '{\n  "title": "A"\n}');
    assert.equal(text.slice(block.end), 'Body');
  });

  it('marks ---js as code that is not to be read', () => {
    const block = locateFrontmatter('---js\n{ title: "A" }\n---\n')!;
    assert.equal(block.format, 'unsupported');
    assert.equal(block.language, 'js');
  });

  it('reports an opening fence without a closing one', () => {
    const block = locateFrontmatter('---\ntitle: A\nBody')!;
    assert.equal(block.closed, false);
  });

  it('ignores Markdown that merely starts with a thematic break or a paragraph', () => {
    assert.equal(locateFrontmatter('-----\ntext\n'), undefined);
    assert.equal(locateFrontmatter('# Title\n---\n'), undefined);
    assert.equal(locateFrontmatter(''), undefined);
  });
});
