import { strict as assert } from 'node:assert';
import { parsePost } from '../../src/core/frontmatter/parse-post';
import { DEFAULT_DATE_STYLE } from '../../src/core/posts/date-style';
import type { DraftConvention } from '../../src/core/posts/draft-convention';
import { setDraft, type LifecycleChange } from '../../src/core/posts/lifecycle';
import { isDraft } from '../../src/core/posts/post-state';
import { BUILTIN_SCHEMA } from '../../src/core/schema/builtin';
import { applyEdits } from '../../src/core/text/text-edit';
import { fixture, fixtureNames } from './helpers';

const DRAFT_FLAG: DraftConvention = { kind: 'flag', key: 'draft' };

/** Toggle Draft as the command runs it: the opposite of the post's state, by the `draft` flag. */
function toggleDraft(text: string): LifecycleChange {
  const post = parsePost(text);
  const postPath = 'posts/a.md';
  return setDraft({
    post, schema: BUILTIN_SCHEMA, convention: DRAFT_FLAG, postPath, dateStyle: DEFAULT_DATE_STYLE, timeZone: 'UTC',
    draft: !isDraft(post.data, DRAFT_FLAG, postPath), now: new Date('2026-01-15T12:00:00Z'),
  });
}

function toggled(text: string): string {
  const result = toggleDraft(text);
  if ('error' in result) throw new Error(result.error);
  assert.equal(result.rename, undefined);
  return applyEdits(text, result.edits);
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
      const result = toggleDraft(text);
      assert.ok('error' in result, text);
    }
  });
});
