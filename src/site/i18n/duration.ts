import { DURATION_PATTERN } from '../../model/index.ts';

const UNITS = { min: 'minute', h: 'hour', d: 'day' } as const;
const formats = new Map<string, Intl.NumberFormat>();

/**
 * An escalation's `after` (`10 min`, `2 h`, `1 d`, as the content model writes it) in the reader's language, by
 * Intl's own unit names: "10 min", "10 хв", "10 мин". Anything else is shown as written.
 */
export function durationIn(duration: string, language: string): string {
  const match = DURATION_PATTERN.exec(duration.trim());
  if (!match) return duration;
  const unit = UNITS[match[2] as keyof typeof UNITS];
  const key = `${language} ${unit}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short' });
    formats.set(key, format);
  }
  return format.format(Number(match[1]));
}
