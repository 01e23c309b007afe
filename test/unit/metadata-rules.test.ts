import { strict as assert } from 'node:assert';
import { parsePost } from '../../src/core/frontmatter/parse-post';
import { descriptionEqualsTitle } from '../../src/core/rules/metadata/description-equals-title';
import { descriptionLength } from '../../src/core/rules/metadata/description-length';
import { bodyWordCount, readingMinutes, wordCount } from '../../src/core/rules/metadata/reading-time';
import { readingTimeMismatch } from '../../src/core/rules/metadata/reading-time-mismatch';
import { titleLength } from '../../src/core/rules/metadata/title-length';
import type { Problem, RuleContext, RuleOptions } from '../../src/core/rules/problem';
import { BUILTIN_SCHEMA } from '../../src/core/schema/builtin';
import { applyEdits } from '../../src/core/text/text-edit';

function contextOf(text: string, options?: Partial<RuleOptions>): RuleContext {
  return { post: parsePost(text), schema: BUILTIN_SCHEMA, today: '2026-01-15', expectFrontmatter: true, options };
}

function only(problems: Problem[], text: string): Problem & { underlined: string } {
  assert.equal(problems.length, 1, `expected one problem, got ${JSON.stringify(problems.map((p) => p.message))}`);
  return { ...problems[0], underlined: text.slice(problems[0].start, problems[0].end) };
}

/** `count` words of prose. */
function words(count: number): string {
  return Array.from({ length: count }, (_, i) => `word${i}`).join(' ');
}

const DESCRIPTION = 'A walk through the parts of a Jamstack site and how they fit together.'; // 70 characters

describe('title-length', () => {
  it('warns about a title longer than search results show, counting characters as readers do', () => {
    const title = 'Building a fast, accessible blog with Astro, Markdown and a CMS 🚀'; // 65 characters, 66 UTF-16 units
    const text = `---\ntitle: "${title}"\n---\n`;
    const problem = only(titleLength(contextOf(text)), text);
    assert.equal(problem.message, 'The title is 65 characters; search results cut titles after about 60. Shorten it by 5.');
    assert.equal(problem.severity, 'warning');
    assert.equal(problem.underlined, `"${title}"`);
  });

  it('takes the limit from the settings, and reads TOML', () => {
    const text = '+++\ntitle = "Twenty-one characters"\n+++\n';
    assert.deepEqual(titleLength(contextOf(text)), []);
    assert.match(only(titleLength(contextOf(text, { titleMaxLength: 20 })), text).message, /^The title is 21 characters; search results cut titles after about 20\. Shorten it by 1\.$/);
  });
});

describe('description-length', () => {
  it('warns about a description search results cut, with its length', () => {
    const long = `${DESCRIPTION} ${DESCRIPTION} It also covers builds.`; // 164 characters
    const text = `---\ndescription: ${long}\n---\n`;
    const problem = only(descriptionLength(contextOf(text)), text);
    assert.equal(problem.message, 'The description is 164 characters; search results cut descriptions after about 160. Shorten it by 4.');
    assert.equal(problem.severity, 'warning');
    assert.equal(problem.underlined, long);
  });

  it('notes a short description, counting a folded one as it reads', () => {
    const text = '---\ndescription: >\n  The first post\n  of this blog.\n---\n';
    const problem = only(descriptionLength(contextOf(text)), text);
    assert.equal(problem.message, 'The description is 28 characters; with fewer than 50 search engines often show a snippet of their own. Write 50–160 characters.');
    assert.equal(problem.severity, 'information');
  });

  it('is quiet inside the limits the settings give, and for an empty description', () => {
    assert.deepEqual(descriptionLength(contextOf(`+++\ndescription = "${DESCRIPTION}"\n+++\n`)), []);
    assert.deepEqual(descriptionLength(contextOf('---\ndescription: Short and sweet.\n---\n', { descriptionMinLength: 10 })), []);
    assert.deepEqual(descriptionLength(contextOf('---\ndescription: ""\n---\n')), []);
  });
});

describe('description-equals-title', () => {
  it('warns when the description only repeats the title', () => {
    const text = "---\ntitle: What is the Jamstack?\ndescription: '  what is the  Jamstack?'\n---\n";
    const problem = only(descriptionEqualsTitle(contextOf(text)), text);
    assert.equal(problem.message, 'The description repeats the title, so search results and link previews say it twice. Describe what the post offers in a sentence or two.');
    assert.equal(problem.severity, 'warning');
    assert.equal(problem.underlined, "'  what is the  Jamstack?'");
  });

  it('is quiet when the description says more, in TOML too', () => {
    assert.deepEqual(descriptionEqualsTitle(contextOf(`+++\ntitle = "What is the Jamstack?"\ndescription = "${DESCRIPTION}"\n+++\n`)), []);
  });
});

describe('reading-time-mismatch', () => {
  it('offers the computed reading time, rewriting only the number', () => {
    const text = `---\ntitle: A\nreadingTime: 12 # minutes\n---\n${words(810)}\n`;
    const problem = only(readingTimeMismatch(contextOf(text)), text);
    assert.equal(problem.message, '`readingTime` says 12 minutes, but the body reads in about 5 minutes (810 words at 200 a minute). Set it to 5.');
    assert.equal(problem.severity, 'information');
    assert.equal(problem.underlined, '12');
    assert.equal(problem.fixes![0].title, 'Set to 5');
    assert.equal(applyEdits(text, problem.fixes![0].edits), text.replace('readingTime: 12', 'readingTime: 5'));
  });

  it('reads the number inside text and the other usual keys, in TOML', () => {
    const text = `+++\nreading_time = "9 min read"\nminutesRead = 1\n+++\n${words(400)}\n`;
    const problems = readingTimeMismatch(contextOf(text, { wordsPerMinute: 100 }));
    assert.deepEqual(problems.map((p) => p.message), [
      '`reading_time` says 9 minutes, but the body reads in about 4 minutes (400 words at 100 a minute). Set it to 4.',
      '`minutesRead` says 1 minute, but the body reads in about 4 minutes (400 words at 100 a minute). Set it to 4.',
    ]);
    assert.equal(applyEdits(text, problems.flatMap((p) => p.fixes![0].edits)), text.replace('"9 min read"', '"4 min read"').replace('minutesRead = 1', 'minutesRead = 4'));
  });

  it('allows a minute or 30% either way, whichever is more', () => {
    const at = (stated: number, count: number) => readingTimeMismatch(contextOf(`---\nreadTime: ${stated}\n---\n${words(count)}\n`)).length;
    assert.equal(at(2, 200), 0); // 1 minute computed, 1 off
    assert.equal(at(3, 200), 1);
    assert.equal(at(13, 2000), 0); // 10 computed, 3 off
    assert.equal(at(14, 2000), 1);
  });

  it('is quiet without a reading-time key or with a value that holds no number', () => {
    assert.deepEqual(readingTimeMismatch(contextOf(`---\ntitle: A\n---\n${words(5000)}\n`)), []);
    assert.deepEqual(readingTimeMismatch(contextOf(`---\nreadTime: soon\n---\n${words(5000)}\n`)), []);
  });
});

describe('word count for the reading time', () => {
  it('counts prose and leaves out code blocks, HTML tags, URLs and shortcodes', () => {
    const body = [
      'Two words.',
      '```js',
      'const not = "counted at all";',
      '```',
      '<figure class="wide"><img src="a.png" alt=""></figure>',
      'See https://example.com/a/long/path and [the docs](https://docs.example.com) — now.',
      '{{< youtube id="abc" >}} {% include note.html %}',
      '  ````md',
      '```',
      'still code: the closing fence is as long as the opening one',
      '  ````',
      'a < b counts',
      '~~~',
      'an unclosed fence hides the rest',
    ].join('\n');
    assert.equal(wordCount(body), 10); // Two words. See and [the docs](…) now. a b counts
  });

  it('counts a body again only when it changed', () => {
    assert.equal(bodyWordCount('---\ntitle: A\n---\none two', 18), 2);
    assert.equal(bodyWordCount('---\ntitle: AB\n---\none two', 19), 2);
    assert.equal(bodyWordCount('---\ntitle: AB\n---\none two three', 19), 3);
  });

  it('rounds up to whole minutes, at least one', () => {
    assert.equal(readingMinutes(0, 200), 1);
    assert.equal(readingMinutes(201, 200), 2);
  });
});
