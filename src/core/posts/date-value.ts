import { formatDate, type DateStyle } from './date-style';

export type DataFormat = 'yaml' | 'toml' | 'json';

/**
 * The style made valid for a frontmatter format: JSON has no bare dates, and a bare TOML date must be RFC 3339
 * (seconds, `+01:00`, no space before the zone), so those parts of the style give way there.
 */
export function styleForFormat(style: DateStyle, format: DataFormat): DateStyle {
  if (format === 'json') return { ...style, quote: '"' };
  if (format === 'toml' && style.quote === '') return { ...style, seconds: true, offsetColon: true, zoneSpace: false };
  return style;
}

/** The date written as a value of the format, quotes included. */
export function dateSource(date: Date, style: DateStyle, timeZone: string, format: DataFormat): string {
  const fitted = styleForFormat(style, format);
  return `${fitted.quote}${formatDate(date, fitted, timeZone)}${fitted.quote}`;
}
