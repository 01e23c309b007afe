import { strict as assert } from 'node:assert';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePost } from '../../src/core/frontmatter/parse-post';
import { dateStyleOf } from '../../src/core/posts/date-style';
import { draftConventionOf, type DraftConvention } from '../../src/core/posts/draft-convention';
import { publishNow, schedule, setDraft, type LifecycleChange } from '../../src/core/posts/lifecycle';
import { postState } from '../../src/core/posts/post-state';
import { BUILTIN_SCHEMA } from '../../src/core/schema/builtin';
import type { SiteKind } from '../../src/core/site/detect-site';
import { applyEdits } from '../../src/core/text/text-edit';
import { fixture, FIXTURES } from './helpers';

/** test/unit/fixtures/posts/<case>/case.json: what to do to before.md; after.md is the result, byte for byte. */
interface Case {
  readonly operation: 'setDraft' | 'toggle' | 'publishNow' | 'schedule';
  readonly draft?: boolean;
  readonly now: string;
  readonly at?: string;
  readonly timeZone: string;
  readonly siteKind?: SiteKind;
  readonly path: string;
  /** Other posts' dates as written, for the site's date style. */
  readonly dateStyleFrom?: readonly string[];
  /** Overrides the convention draftConventionOf finds. */
  readonly convention?: DraftConvention;
  /** The expected new path. */
  readonly rename?: string;
  readonly state?: string;
  /** Part of the expected error; the file is then left alone. */
  readonly error?: string;
}

function run(name: string): { text: string; change: LifecycleChange } {
  const spec = JSON.parse(fixture('posts', name, 'case.json')) as Case;
  const text = fixture('posts', name, 'before.md');
  const post = parsePost(text);
  const schema = BUILTIN_SCHEMA;
  const siteKind = spec.siteKind ?? 'generic';
  const convention = spec.convention ?? draftConventionOf({ siteKind, schema, postPath: spec.path, data: post.data });
  const now = new Date(spec.now);
  const common = { post, schema, convention, postPath: spec.path, dateStyle: dateStyleOf(spec.dateStyleFrom ?? []), timeZone: spec.timeZone };
  switch (spec.operation) {
    case 'toggle': {
      const { state } = postState({ post, schema, convention, postPath: spec.path, now, timeZone: spec.timeZone });
      return { text, change: setDraft({ ...common, draft: state !== 'draft', now }) };
    }
    case 'setDraft': return { text, change: setDraft({ ...common, draft: spec.draft!, now }) };
    case 'publishNow': return { text, change: publishNow({ ...common, now }) };
    case 'schedule': return { text, change: schedule({ ...common, at: new Date(spec.at!), now }) };
  }
}

describe('post lifecycle: draft, publish, schedule', () => {
  const cases = readdirSync(join(FIXTURES, 'posts')).sort();

  for (const name of cases) {
    const spec = JSON.parse(fixture('posts', name, 'case.json')) as Case;
    if (spec.error) {
      it(`${name}: refuses with a reason and changes nothing`, () => {
        const { change } = run(name);
        assert.ok('error' in change, `expected an error, got ${JSON.stringify(change)}`);
        assert.ok(change.error.includes(spec.error!), change.error);
        assert.ok(!existsSync(join(FIXTURES, 'posts', name, 'after.md')));
      });
      continue;
    }
    it(`${name}: ${spec.operation}${spec.draft === undefined ? '' : `(${spec.draft})`} gives after.md byte for byte`, () => {
      const { text, change } = run(name);
      if ('error' in change) throw new Error(change.error);
      assert.equal(applyEdits(text, change.edits), fixture('posts', name, 'after.md'));
      assert.deepEqual(change.rename, spec.rename ? { from: spec.path, to: spec.rename } : undefined);
      if (spec.state) assert.equal(change.state, spec.state);
      // The result reads as the state it claims, at the new path.
      const after = parsePost(applyEdits(text, change.edits));
      const path = change.rename?.to ?? spec.path;
      const convention = spec.convention ?? draftConventionOf({ siteKind: spec.siteKind ?? 'generic', schema: BUILTIN_SCHEMA, postPath: path, data: after.data });
      const read = postState({ post: after, schema: BUILTIN_SCHEMA, convention, postPath: path, now: new Date(spec.now), timeZone: spec.timeZone });
      assert.equal(read.state, change.state);
    });
  }

  it('toggles back to the bytes it started from, in YAML, TOML and JSON', () => {
    for (const text of ['---\r\ntitle: A\r\ndraft: True # keep\r\n---\r\n', "+++\ntitle = 'A'\ndraft = true\n+++\n", '{\n  "draft": true\n}\n']) {
      let current = text;
      for (let i = 0; i < 2; i++) {
        const post = parsePost(current);
        const convention = draftConventionOf({ siteKind: 'hugo', schema: BUILTIN_SCHEMA, postPath: 'content/a.md', data: post.data });
        const input = { post, schema: BUILTIN_SCHEMA, convention, postPath: 'content/a.md', now: new Date(), dateStyle: dateStyleOf([]), timeZone: 'UTC' };
        const draft = postState(input).state === 'draft';
        const change = setDraft({ ...input, draft: !draft });
        if ('error' in change) throw new Error(change.error);
        current = applyEdits(current, change.edits);
      }
      assert.equal(current, text);
    }
  });

  it('joins a flipped flag and a property added right after it into one edit', () => {
    const text = '{\n  "title": "A",\n  "draft": true\n}\n';
    const post = parsePost(text);
    const change = publishNow({
      post, schema: BUILTIN_SCHEMA, convention: { kind: 'flag', key: 'draft' }, postPath: 'a.md',
      now: new Date('2025-03-10T15:00:00Z'), dateStyle: dateStyleOf([]), timeZone: 'UTC',
    });
    if ('error' in change) throw new Error(change.error);
    assert.equal(change.edits.length, 1);
    assert.equal(applyEdits(text, change.edits), '{\n  "title": "A",\n  "draft": false,\n  "date": "2025-03-10"\n}\n');
  });
});
