import type { Rule } from '../problem';
import { ambiguousDate } from './ambiguous-date';
import { dateShiftsDay } from './date-shifts-day';
import { invalidDate } from './invalid-date';
import { scheduled } from './scheduled';

/** The frontmatter rules of this area, in the order they run. */
export const DATE_RULES: readonly Rule[] = [invalidDate, ambiguousDate, dateShiftsDay, scheduled];
