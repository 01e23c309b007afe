import { strict as assert } from 'node:assert';
import { post as generatedPost } from '../../bench/corpus';
import { parseBody } from '../../src/core/body/parse-body';
import { parsePost } from '../../src/core/frontmatter/parse-post';
import type { Problem, RuleContext, SiteFacts } from '../../src/core/rules/problem';
import { BODY_RULES, bodyStretches, validateBody, validateBodyStretch, type BodyCursor } from '../../src/core/rules/body';
import { fixAllEdits } from '../../src/core/rules/fix-all';
import { BUILTIN_SCHEMA } from '../../src/core/schema/builtin';
import { applyEdits } from '../../src/core/text/text-edit';
import { expectedProblems, fixture, fixtureNames, lineOf } from './helpers';

/** The files of the test site; a path with `unknown` in it is one the workspace cannot answer for. */
const FILES = new Set([
  'src/content/blog/exists.md', 'src/content/blog/hello.md', 'src/content/blog/img/ok.png', 'public/images/figure.png',
]);
const SITE: SiteFacts = {
  postPath: 'src/content/blog/post.md',
  publicFolder: 'public',
  otherPosts: () => [],
  exists: (path) => (path.includes('unknown') ? undefined : FILES.has(path)),
};

function contextOf(text: string, withSite = true): RuleContext {
  return { post: parsePost(text), schema: BUILTIN_SCHEMA, today: '2026-01-15', expectFrontmatter: true, site: withSite ? SITE : undefined };
}

function problemsOf(text: string): Problem[] {
  return validateBody(contextOf(text));
}

/** The problems of a body that is only `body` (no frontmatter). */
function only(body: string, code?: string): Problem[] {
  return problemsOf(body).filter((p) => code === undefined || p.code === code);
}

/** The text after the problem's first fix. */
function fixed(text: string, problem: Problem | undefined): string {
  assert.ok(problem?.fixes, 'expected a problem with a fix');
  return applyEdits(text, problem.fixes[0].edits);
}

/** Applies "fix all" for each code in turn, re-checking in between, as a user clicking through would. */
function fixEverything(text: string, codes: readonly Problem['code'][]): string {
  let result = text;
  for (const code of codes) result = applyEdits(result, fixAllEdits(problemsOf(result), code));
  return result;
}

const CMS_CODES = ['literal-emphasis', 'nbsp-paragraph', 'nbsp-run', 'fake-heading'] as const;

describe('body rules', () => {
  for (const name of fixtureNames('body')) {
    it(`reports what ${name} expects`, () => {
      const text = fixture('body', name);
      const actual = problemsOf(text).map((p) => `${lineOf(text, p.start)} ${p.code}`).sort();
      assert.deepEqual(actual, expectedProblems(text));
    });

    it(`reports the same for ${name} checked a small stretch at a time`, () => {
      const text = fixture('body', name);
      const context = contextOf(text);
      const problems: Problem[] = [];
      let cursor: BodyCursor | undefined;
      let stretches = 0;
      do {
        const result = validateBodyStretch(context, cursor, 120);
        problems.push(...result.problems);
        cursor = result.next;
        stretches++;
      } while (cursor);
      assert.ok(stretches > 1);
      assert.deepEqual(problems, validateBody(context));
    });
  }

  it('hands out the stretches one by one, only the final one marked last', () => {
    const text = fixture('body', 'cms-pasted-post.md');
    const stretches = [...bodyStretches(contextOf(text), 120)];
    assert.ok(stretches.length > 1);
    assert.deepEqual(stretches.map((s) => s.last), [...Array(stretches.length - 1).fill(false), true]);
    assert.deepEqual(stretches.flatMap((s) => s.problems), problemsOf(text));
    assert.deepEqual([...bodyStretches(contextOf(''))], [{ problems: [], last: true }]);
  });

  it('checks a large body in stretches exactly as in one parse, links to far-away definitions included', function () {
    this.timeout(10_000);
    const far = `---\ntitle: Far\n---\n\nSee [the post][gone] and ![a chart][chart].\n\n${'A paragraph of filler text.\n\n'.repeat(1500)}[gone]: ../missing-post.md\n[chart]: /images/nope.png\n`;
    for (const text of [generatedPost(64 * 1024), far]) {
      const context = contextOf(text);
      const whole = parseBody(text, { start: context.post.bodyStart });
      const expected = BODY_RULES.flatMap((rule) => rule(whole, context)).sort((a, b) => a.start - b.start);
      assert.ok(whole.end === text.length && expected.length > 0);
      assert.deepEqual(validateBody(context), expected);
    }
    const codes = validateBody(contextOf(far)).map((p) => `${lineOf(far, p.start)} ${p.code}`);
    assert.deepEqual(codes, ['5 missing-link-target', '5 missing-image']);
  });

  it('says nothing about files without site facts, and nothing when the body is empty', () => {
    const text = fixture('body', 'links.md');
    assert.deepEqual(validateBody(contextOf(text, false)).map((p) => p.code), Array(4).fill('empty-link'));
    assert.deepEqual(problemsOf('---\ntitle: A\n---\n'), []);
    assert.deepEqual(problemsOf(''), []);
  });
});

describe('parsing the body', () => {
  it('places the text of every paragraph, heading and cell at its offsets in the file, containers and tabs too', () => {
    const extra = '> quoted **text**\n> - in a list\n\n-\tTabbed item\n\n  * indented\n\n    continued\n\n| b | b |\n|---|---|\n| b | b |\n\n## Title ##\n';
    const texts = [...fixtureNames('body').map((name) => fixture('body', name)), generatedPost(8 * 1024), extra, extra.replace(/\n/g, '\r\n')];
    for (const text of texts) {
      const body = parseBody(text, { start: parsePost(text).bodyStart });
      const contents = body.tokens.filter((t) => t.type === 'inline').map((t) => t.content);
      assert.deepEqual(body.inlines.map((inline) => inline.content), contents);
      for (const inline of body.inlines) {
        let position = 0;
        for (const line of inline.content.split('\n')) {
          const at = inline.offsetAt(position);
          assert.equal(text.slice(at, at + line.length), line);
          position += line.length + 1;
        }
      }
    }
  });
});

describe('literal-emphasis', () => {
  it('joins bold pasted in two parts and frees the closing marker: **JavaScript****:**Primarily', () => {
    const text = '**JavaScript****:**Primarily used on the client.\n';
    const [problem] = only(text);
    assert.equal(problem.code, 'literal-emphasis');
    assert.equal(text.slice(problem.start, problem.end), '**JavaScript****:**');
    assert.equal(problem.message, '“**JavaScript****:**” shows the `**` on the page instead of being bold: remove the `****` that splits it and put a space after the closing `**`.');
    assert.equal(fixed(text, problem), '**JavaScript:** Primarily used on the client.\n');
  });

  it('repairs each kind of misplaced marker with the smallest edit', () => {
    const cases: Array<[string, string]> = [
      ['**Note:**Read this.', '**Note:** Read this.'],
      ['Also ** loose** here.', 'Also **loose** here.'],
      ['A **bold **word.', 'A **bold** word.'],
      ['A text** bold** end.', 'A text **bold** end.'],
      ['*Tip:*Italic.', '*Tip:* Italic.'],
      ['Say__Label:__Text.', 'Say**Label:** Text.'],
      ['__bold__text', '**bold**text'],
      ['**A****B**', '**AB**'],
      ['- **Step:**Do it', '- **Step:** Do it'],
    ];
    for (const [text, expected] of cases) {
      const problems = only(text, 'literal-emphasis');
      assert.equal(problems.length, 1, text);
      assert.equal(fixed(text, problems[0]), expected);
      assert.deepEqual(only(expected, 'literal-emphasis'), [], expected);
    }
  });

  it('flags bold that renders, but over the wrong words, when pasted parts pair across each other', () => {
    const text = fixture('body', 'cms-pasted-post.md');
    const problem = problemsOf(text).find((p) => text.slice(p.start, p.end) === '**APIs****:**');
    assert.ok(problem);
    assert.match(problem.message, /^“\*\*APIs\*\*\*\*:\*\*” is not bold as written \(its `\*\*` pair with markers outside it\): remove/);
  });

  it('leaves markdown that is not emphasis alone', () => {
    for (const text of ['2 ** 3 and 4 ** 5', 'snake_case and __init__', 'prices* apply', '`**a****:**b`', 'a * b * c']) {
      assert.deepEqual(only(text), [], text);
    }
  });
});

describe('nbsp-paragraph', () => {
  it('deletes the paragraph and one blank line, so the blocks stay one blank line apart', () => {
    const text = 'One.\n\n&nbsp;\n\nTwo.\n';
    assert.equal(fixed(text, only(text, 'nbsp-paragraph')[0]), 'One.\n\nTwo.\n');
    const crlf = 'One.\r\n\r\n&nbsp; &nbsp;\r\n\r\nTwo.\r\n';
    assert.equal(fixed(crlf, only(crlf, 'nbsp-paragraph')[0]), 'One.\r\n\r\nTwo.\r\n');
    const last = 'One.\n\n&nbsp;';
    assert.equal(fixed(last, only(last, 'nbsp-paragraph')[0]), 'One.\n');
  });

  it('offers no fix inside a quote, where deleting the line would change the quote', () => {
    const [problem] = only('> &nbsp;\n', 'nbsp-paragraph');
    assert.equal(problem.fixes, undefined);
  });
});

describe('nbsp-run', () => {
  it('replaces a run with one space, and with nothing at the start or end of a line', () => {
    const text = 'Two&nbsp;&nbsp;here\n&#160;\u00A0start and end&nbsp; &nbsp;\nnext.\n';
    const edits = fixAllEdits(only(text), 'nbsp-run');
    assert.equal(applyEdits(text, edits), 'Two here\nstart and end\nnext.\n');
  });

  it('makes a single non-breaking space between sentences a hint', () => {
    const [problem] = only('One.&nbsp;Two.', 'nbsp-run');
    assert.equal(problem.severity, 'hint');
    assert.equal(fixed('One.&nbsp;Two.', problem), 'One. Two.');
    assert.deepEqual(only('Non&nbsp;breaking words.'), []);
  });
});

describe('fake-heading', () => {
  it('makes a standalone title a heading, dropping its bold', () => {
    const text = 'Before.\n\n**Key Components**\n\nAfter.\n';
    const [problem] = only(text);
    assert.equal(problem.severity, 'information');
    assert.equal(fixed(text, problem), 'Before.\n\n## Key Components\n\nAfter.\n');
  });

  it('moves a title glued to a paragraph onto its own heading line, in the file\'s line endings', () => {
    const text = 'The build process.&nbsp;How it Works\r\n\r\nPre-rendering.\r\n';
    const [problem] = only(text);
    assert.equal(problem.code, 'fake-heading');
    assert.equal(text.slice(problem.start, problem.end), 'How it Works');
    assert.equal(fixed(text, problem), 'The build process.\r\n\r\n## How it Works\r\n\r\nPre-rendering.\r\n');
  });
});

describe('empty-link', () => {
  it('turns a link without an address back into its text', () => {
    const text = 'See [the docs]() and [top](#).';
    assert.equal(applyEdits(text, fixAllEdits(only(text), 'empty-link')), 'See the docs and top.');
  });
});

describe('missing-image and missing-link-target', () => {
  it('points at the address, resolving site-root paths in the public folder and others from the post', () => {
    const text = fixture('body', 'links.md');
    const problems = problemsOf(text).filter((p) => p.code.startsWith('missing'));
    assert.deepEqual(problems.map((p) => [p.severity, text.slice(p.start, p.end)]), [
      ['warning', '../missing-post.md'],
      ['error', '/images/nope.png'],
      ['warning', '/files/a.pdf'],
      ['error', '![ref image][cover]'],
    ]);
    assert.match(problems[0].message, /no file `src\/content\/missing-post\.md`/);
    assert.match(problems[1].message, /no file `public\/images\/nope\.png`/);
  });
});

describe('the real CMS-pasted post', () => {
  // The post as pasted, without the expectations the fixture adds at its end.
  const withExpectations = fixture('body', 'cms-pasted-post.md');
  const text = withExpectations.slice(0, withExpectations.indexOf('<!-- expect'));

  it('fixes all of each kind into the post the author meant, byte for byte', () => {
    assert.equal(fixEverything(text, CMS_CODES), fixture('body', 'fixed', 'cms-pasted-post.md'));
    assert.deepEqual(problemsOf(fixture('body', 'fixed', 'cms-pasted-post.md')), []);
  });

  it('fixes the same with CRLF line endings', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    assert.equal(fixEverything(crlf, CMS_CODES), fixture('body', 'fixed', 'cms-pasted-post.md').replace(/\n/g, '\r\n'));
  });

  it('merges the fixes of one kind into edits that do not overlap', () => {
    const edits = fixAllEdits(problemsOf(text), 'literal-emphasis');
    assert.equal(edits.length, 10);
    for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1].end <= edits[i].start && edits[i - 1].start < edits[i].start);
  });
});

describe('fixAllEdits', () => {
  it('leaves out a fix that collides with one already taken', () => {
    const problem = (start: number, end: number, newText: string): Problem => ({
      code: 'nbsp-run', message: '', severity: 'warning', start, end, fixes: [{ title: '', edits: [{ start, end, newText }] }],
    });
    const edits = fixAllEdits([problem(0, 4, 'a'), problem(2, 6, 'b'), problem(6, 6, 'c'), problem(6, 6, 'd')], 'nbsp-run');
    assert.deepEqual(edits.map((e) => e.newText), ['a', 'c']);
  });
});
