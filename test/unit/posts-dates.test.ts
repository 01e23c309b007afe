import { strict as assert } from 'node:assert';
import { parse as parseToml } from 'smol-toml';
import { instantOfWallClock } from '../../src/core/dates/time-zone';
import { DEFAULT_DATE_STYLE, dateStyleOf, formatDate, styleOfWritten } from '../../src/core/posts/date-style';
import { dateSource } from '../../src/core/posts/date-value';
import { formatGoLayout, RFC3339 } from '../../src/core/posts/go-date-layout';
import { readDate } from '../../src/core/posts/post-date';

const WINTER = new Date('2025-01-15T15:04:05Z');
const SUMMER = new Date('2025-07-15T15:04:05Z');

describe('post dates: the style of the site', () => {
  it('reads the style of each form sites write', () => {
    assert.deepEqual(styleOfWritten('2025-01-02'), DEFAULT_DATE_STYLE);
    assert.deepEqual(styleOfWritten("'2025-01-02'"), { ...DEFAULT_DATE_STYLE, quote: "'" });
    assert.deepEqual(styleOfWritten('2025-01-02 10:00:00 +0100'), {
      time: true, separator: ' ', seconds: true, fractionDigits: 0, zone: 'offset', offsetColon: false, zoneSpace: true, quote: '',
    });
    assert.deepEqual(styleOfWritten('"2025-01-02T09:00:00.000Z"'), {
      time: true, separator: 'T', seconds: true, fractionDigits: 3, zone: 'Z', offsetColon: true, zoneSpace: false, quote: '"',
    });
    assert.deepEqual(styleOfWritten('2025-01-02T10:00'), {
      time: true, separator: 'T', seconds: false, fractionDigits: 0, zone: 'none', offsetColon: true, zoneSpace: false, quote: '',
    });
    assert.equal(styleOfWritten('last week'), undefined);
    assert.equal(styleOfWritten(42), undefined);
  });

  it('reads TOML dates as unquoted, with or without a time and a zone', () => {
    const data = parseToml('a = 2025-01-02\nb = 2025-01-02T10:00:00+01:00\nc = 2025-01-02T10:00:00\nd = 10:00:00');
    assert.deepEqual(styleOfWritten(data.a), DEFAULT_DATE_STYLE);
    assert.equal(styleOfWritten(data.b)?.zone, 'offset');
    assert.equal(styleOfWritten(data.c)?.zone, 'none');
    assert.equal(styleOfWritten(data.d), undefined);
  });

  it('takes the style most posts share, ignoring values that are no date', () => {
    const style = dateStyleOf(['2025-01-02 10:00:00 +0100', 'soon', '2025-01-03', '2025-02-02 08:00:00 +0100', null]);
    assert.equal(formatDate(WINTER, style, 'Europe/Berlin'), '2025-01-15 16:04:05 +0100');
    assert.deepEqual(dateStyleOf([]), DEFAULT_DATE_STYLE);
    assert.deepEqual(dateStyleOf(['nope']), DEFAULT_DATE_STYLE);
  });
});

describe('post dates: writing an instant in the author’s zone', () => {
  const offsetStyle = styleOfWritten('2025-01-02T10:00:00+01:00')!;

  it('gives New York its winter and summer offsets', () => {
    assert.equal(formatDate(WINTER, offsetStyle, 'America/New_York'), '2025-01-15T10:04:05-05:00');
    assert.equal(formatDate(SUMMER, offsetStyle, 'America/New_York'), '2025-07-15T11:04:05-04:00');
  });

  it('changes offset exactly when New York changes its clocks', () => {
    // 2025-03-09: 02:00 EST becomes 03:00 EDT, at 07:00 UTC.
    assert.equal(formatDate(new Date('2025-03-09T06:59:59Z'), offsetStyle, 'America/New_York'), '2025-03-09T01:59:59-05:00');
    assert.equal(formatDate(new Date('2025-03-09T07:00:00Z'), offsetStyle, 'America/New_York'), '2025-03-09T03:00:00-04:00');
    // 2025-11-02: 02:00 EDT becomes 01:00 EST, at 06:00 UTC; 01:30 happens twice.
    assert.equal(formatDate(new Date('2025-11-02T05:30:00Z'), offsetStyle, 'America/New_York'), '2025-11-02T01:30:00-04:00');
    assert.equal(formatDate(new Date('2025-11-02T06:30:00Z'), offsetStyle, 'America/New_York'), '2025-11-02T01:30:00-05:00');
  });

  it('writes half-hour offsets (Kolkata) and UTC', () => {
    assert.equal(formatDate(WINTER, offsetStyle, 'Asia/Kolkata'), '2025-01-15T20:34:05+05:30');
    assert.equal(formatDate(WINTER, offsetStyle, 'UTC'), '2025-01-15T15:04:05+00:00');
    assert.equal(formatDate(WINTER, styleOfWritten('2025-01-02 10:00:00 +0100')!, 'Asia/Kolkata'), '2025-01-15 20:34:05 +0530');
  });

  it('writes the day of the author, not of UTC', () => {
    const late = new Date('2025-01-15T23:30:00Z');
    assert.equal(formatDate(late, DEFAULT_DATE_STYLE, 'UTC'), '2025-01-15');
    assert.equal(formatDate(late, DEFAULT_DATE_STYLE, 'Asia/Kolkata'), '2025-01-16');
    assert.equal(formatDate(late, DEFAULT_DATE_STYLE, 'America/New_York'), '2025-01-15');
  });

  it('writes UTC for a Z style, with the fraction digits of the style, and no zone for a local style', () => {
    assert.equal(formatDate(new Date('2025-01-15T15:04:05.120Z'), styleOfWritten('2025-01-02T09:00:00.000Z')!, 'Asia/Kolkata'), '2025-01-15T15:04:05.120Z');
    assert.equal(formatDate(SUMMER, styleOfWritten('2025-01-02 10:00')!, 'America/New_York'), '2025-07-15 11:04');
  });

  it('fits the style to the format: JSON is quoted, bare TOML is RFC 3339', () => {
    const jekyll = styleOfWritten('2025-01-02 10:00 +0100')!;
    assert.equal(dateSource(WINTER, jekyll, 'Europe/Berlin', 'yaml'), '2025-01-15 16:04 +0100');
    assert.equal(dateSource(WINTER, jekyll, 'Europe/Berlin', 'toml'), '2025-01-15 16:04:05+01:00');
    assert.equal(dateSource(WINTER, jekyll, 'Europe/Berlin', 'json'), '"2025-01-15 16:04 +0100"');
    assert.equal(dateSource(WINTER, { ...jekyll, quote: "'" }, 'Europe/Berlin', 'toml'), "'2025-01-15 16:04 +0100'");
  });
});

describe('post dates: reading a written date as an instant', () => {
  it('reads dates without a zone in the given zone, and dates with one exactly', () => {
    assert.equal(readDate('2025-01-02', 'UTC')?.toISOString(), '2025-01-02T00:00:00.000Z');
    assert.equal(readDate('2025-01-02', 'Asia/Kolkata')?.toISOString(), '2025-01-01T18:30:00.000Z');
    assert.equal(readDate('2025-07-02 10:00', 'America/New_York')?.toISOString(), '2025-07-02T14:00:00.000Z');
    assert.equal(readDate('2025-01-02 10:00:00 +0100', 'America/New_York')?.toISOString(), '2025-01-02T09:00:00.000Z');
    assert.equal(readDate('2025-01-02T10:00:00.5-05:30', 'UTC')?.toISOString(), '2025-01-02T15:30:00.500Z');
    assert.equal(readDate('2025-02-30', 'UTC'), undefined);
    assert.equal(readDate('tomorrow', 'UTC'), undefined);
  });

  it('reads TOML local dates in the zone and offset dates exactly', () => {
    const data = parseToml('a = 2025-01-02\nb = 2025-01-02T10:00:00+01:00\nc = 2025-01-02T10:00:00');
    assert.equal(readDate(data.a, 'America/New_York')?.toISOString(), '2025-01-02T05:00:00.000Z');
    assert.equal(readDate(data.b, 'America/New_York')?.toISOString(), '2025-01-02T09:00:00.000Z');
    assert.equal(readDate(data.c, 'Asia/Kolkata')?.toISOString(), '2025-01-02T04:30:00.000Z');
  });

  it('turns a wall-clock time into an instant across the clock changes', () => {
    const at = (wall: string) => {
      const [d, t] = wall.split('T');
      const [year, month, day] = d.split('-').map(Number);
      const [hour, minute] = t.split(':').map(Number);
      return instantOfWallClock({ year, month, day, hour, minute, second: 0 }, 'America/New_York').toISOString();
    };
    assert.equal(at('2025-03-09T01:30'), '2025-03-09T06:30:00.000Z');
    assert.equal(at('2025-03-09T03:30'), '2025-03-09T07:30:00.000Z');
    // Skipped at the change: read with the offset before it, as JavaScript does.
    assert.equal(at('2025-03-09T02:30'), '2025-03-09T07:30:00.000Z');
    // Happens twice: the first one.
    assert.equal(at('2025-11-02T01:30'), '2025-11-02T05:30:00.000Z');
  });
});

describe('post dates: Go layouts in Hugo archetypes', () => {
  it('formats RFC 3339 with the zone’s offset, Z in UTC', () => {
    assert.equal(formatGoLayout(SUMMER, RFC3339, 'America/New_York'), '2025-07-15T11:04:05-04:00');
    assert.equal(formatGoLayout(WINTER, RFC3339, 'Asia/Kolkata'), '2025-01-15T20:34:05+05:30');
    assert.equal(formatGoLayout(WINTER, RFC3339, 'UTC'), '2025-01-15T15:04:05Z');
  });

  it('knows the common layout elements', () => {
    assert.equal(formatGoLayout(WINTER, '2006-01-02', 'UTC'), '2025-01-15');
    assert.equal(formatGoLayout(WINTER, 'Monday, January 2, 2006 3:04 PM', 'UTC'), 'Wednesday, January 15, 2025 3:04 PM');
    assert.equal(formatGoLayout(WINTER, 'Mon Jan _2 15:04:05 MST 2006', 'America/New_York'), 'Wed Jan 15 10:04:05 EST 2025');
    assert.equal(formatGoLayout(new Date('2025-01-15T15:04:05.120Z'), '15:04:05.000 -0700', 'UTC'), '15:04:05.120 +0000');
    assert.equal(formatGoLayout(WINTER, '06/1/2 002', 'UTC'), '25/1/15 015');
  });
});
