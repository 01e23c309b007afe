import { strict as assert } from 'node:assert';
import { parsePost } from '../../src/core/frontmatter/parse-post';
import { toggleDraft } from '../../src/core/posts/toggle-draft';
import { applyEdits } from '../../src/core/text/text-edit';
import { fixture, fixtureNames } from './helpers';

function toggled(text: string): string {
  const result = toggleDraft(parsePost(text));
  if ('error' in result) throw new Error(result.error);
  return applyEdits(text, [result.edit]);
}

describe('toggling draft', () => {
  // Each `name.before.md` becomes `name.after.md` byte for byte.
  for (const before of fixtureNames('toggle-draft', '.before.md')) {
    it(`turns ${before} into its .after.md byte for byte`, () => {
      const after = before.replace('.before.md', '.after.md');
      assert.equal(toggled(fixture('toggle-draft', before)), fixture('toggle-draft', after));
    });
  }

  it('is its own inverse', () => {
    const text = '---\r\ntitle: A\r\ndraft: True # keep\r\n---\r\n';
    assert.equal(toggled(toggled(text)), text);
  });

  it('flips TOML and JSON frontmatter too', () => {
    assert.equal(toggled('+++\ntitle = "A"\ndraft = true # keep\n+++\n'), '+++\ntitle = "A"\ndraft = false # keep\n+++\n');
    assert.equal(toggled('{\n  "title": "A"\n}\n'), '{\n  "title": "A",\n  "draft": true\n}\n');
  });

  it('leaves a file it cannot understand untouched and says why', () => {
    for (const text of ['No frontmatter', '---\ntitle: [\n---\n', '---\ndraft: maybe\n---\n', '---\ndraft: true\n']) {
      const result = toggleDraft(parsePost(text));
      assert.ok('error' in result, text);
    }
  });
});
