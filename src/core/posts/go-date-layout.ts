import { wallClockAt } from '../dates/time-zone';

/**
 * Formats an instant with a Go reference layout (`2006-01-02T15:04:05Z07:00`, `Jan 2, 2006`), as Hugo's
 * `dateFormat` and `.Format` do in archetypes. The wall clock and offset are those of `timeZone`; `MST` is the
 * zone's short name as Intl gives it in English.
 */
export const RFC3339 = '2006-01-02T15:04:05Z07:00';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Longest first, so `January` is not read as `Jan` + `uary` and `2006` not as `2` + `006`. */
const TOKENS = [
  'January', 'Monday', 'Jan', 'Mon', 'MST', '2006', '002', '_2',
  '-07:00:00', '-070000', '-07:00', '-0700', '-07', 'Z07:00:00', 'Z070000', 'Z07:00', 'Z0700', 'Z07',
  '15', '01', '02', '03', '04', '05', '06', 'PM', 'pm', '1', '2', '3', '4', '5',
];

export function formatGoLayout(date: Date, layout: string, timeZone: string): string {
  const wall = wallClockAt(date, timeZone);
  const weekday = new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay();
  const yearDay = Math.round((Date.UTC(wall.year, wall.month - 1, wall.day) - Date.UTC(wall.year, 0, 1)) / 86400000) + 1;
  const hour12 = wall.hour % 12 === 0 ? 12 : wall.hour % 12;
  const values: Record<string, () => string> = {
    January: () => MONTHS[wall.month - 1],
    Jan: () => MONTHS[wall.month - 1].slice(0, 3),
    Monday: () => WEEKDAYS[weekday],
    Mon: () => WEEKDAYS[weekday].slice(0, 3),
    MST: () => zoneName(date, timeZone),
    '2006': () => String(wall.year).padStart(4, '0'),
    '06': () => pad(wall.year % 100),
    '002': () => String(yearDay).padStart(3, '0'),
    '_2': () => String(wall.day).padStart(2, ' '),
    '01': () => pad(wall.month),
    '1': () => String(wall.month),
    '02': () => pad(wall.day),
    '2': () => String(wall.day),
    '15': () => pad(wall.hour),
    '03': () => pad(hour12),
    '3': () => String(hour12),
    '04': () => pad(wall.minute),
    '4': () => String(wall.minute),
    '05': () => pad(wall.second),
    '5': () => String(wall.second),
    PM: () => (wall.hour < 12 ? 'AM' : 'PM'),
    pm: () => (wall.hour < 12 ? 'am' : 'pm'),
  };
  let out = '';
  for (let i = 0; i < layout.length;) {
    const fraction = /^[.,](0+|9+)(?!\d)/.exec(layout.slice(i));
    if (fraction && /\d$/.test(out)) {
      out += fractionOf(wall.millisecond, fraction[0]);
      i += fraction[0].length;
      continue;
    }
    const token = TOKENS.find((t) => layout.startsWith(t, i));
    if (!token) {
      out += layout[i++];
      continue;
    }
    out += values[token]?.() ?? zone(wall.offsetMinutes, token);
    i += token.length;
  }
  return out;
}

/** `-07:00`-like tokens; the `Z…` forms write `Z` for UTC. */
function zone(minutes: number, token: string): string {
  if (token[0] === 'Z' && minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = pad(Math.floor(abs / 60));
  const mm = pad(abs % 60);
  const shape = token.slice(1);
  if (shape === '07') return sign + hh;
  if (shape === '0700') return sign + hh + mm;
  if (shape === '07:00') return `${sign}${hh}:${mm}`;
  if (shape === '070000') return sign + hh + mm + '00';
  return `${sign}${hh}:${mm}:00`;
}

function fractionOf(millisecond: number, token: string): string {
  const digits = token.length - 1;
  const text = String(millisecond).padStart(3, '0').padEnd(9, '0').slice(0, digits);
  if (token[1] === '0') return token[0] + text;
  const trimmed = text.replace(/0+$/, '');
  return trimmed === '' ? '' : token[0] + trimmed;
}

function zoneName(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' }).formatToParts(date);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? 'UTC';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
