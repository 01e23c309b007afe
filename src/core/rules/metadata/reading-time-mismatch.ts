import { RULE_CODES } from '../codes';
import type { Problem, Rule } from '../problem';
import { optionsOf } from './options';
import { bodyWordCount, readingMinutes } from './reading-time';

/** Keys that hold a reading time in minutes, compared in lower case without `_` and `-` (`reading_time`, `readTime`). */
const READING_TIME_KEYS = new Set(['readtime', 'readingtime', 'minutesread', 'timetoread']);
const SEPARATORS = /[_-]/g;
const NUMBER = /\d+(?:\.\d+)?/;

/**
 * A reading time typed by hand goes stale as the post grows. Reported when it is off by more than a minute and by
 * more than 30%, so rounding and reading speeds that differ a little stay quiet.
 */
export const readingTimeMismatch: Rule = (context) => {
  const { post } = context;
  const problems: Problem[] = [];
  let minutes: number | undefined;
  let words = 0;
  const { wordsPerMinute } = optionsOf(context);
  for (const entry of post.entries) {
    if (!READING_TIME_KEYS.has(entry.key.toLowerCase().replace(SEPARATORS, ''))) continue;
    // `5`, or the number in text such as `"5 min read"`: only its digits are rewritten.
    const source = post.text.slice(entry.valueStart, entry.valueEnd);
    const number = typeof entry.value === 'number' || typeof entry.value === 'string' ? NUMBER.exec(source) : null;
    if (!number) continue;
    const stated = Number(number[0]);
    if (minutes === undefined) {
      words = bodyWordCount(post.text, post.bodyStart);
      minutes = readingMinutes(words, wordsPerMinute);
    }
    if (Math.abs(stated - minutes) <= Math.max(1, 0.3 * minutes)) continue;
    const start = entry.valueStart + number.index;
    problems.push({
      code: RULE_CODES.readingTimeMismatch,
      message: `\`${entry.key}\` says ${plural(stated, 'minute')}, but the body reads in about ${plural(minutes, 'minute')} (${plural(words, 'word')} at ${wordsPerMinute} a minute). Set it to ${minutes}.`,
      severity: 'information',
      start: entry.valueStart,
      end: entry.valueEnd,
      fixes: [{ title: `Set to ${minutes}`, edits: [{ start, end: start + number[0].length, newText: String(minutes) }] }],
    });
  }
  return problems;
};

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
