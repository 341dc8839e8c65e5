import { cyrillicKeysFor } from '../search/keyboard-layouts.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

/** "1 March 2026", "1 березня 2026 р.": the month in words is unambiguous for staff and auditors in any country. */
export function formatDate(date: Date, language = 'en'): string {
  // British English puts the day first, as the rest of Europe does.
  const locale = language === 'en' ? 'en-GB' : language;
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format.format(date);
}

/** "2026-03-01", for `<time datetime>` and citations. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Spelling variants staff type for a code: `TKT-001` is also found as `tkt1`,
 * `tkt-1` and `tkt 1`, and as typed with a Cyrillic keyboard layout (`еле001`).
 */
export function codeAliases(code: string): string {
  const [prefix = '', digits = ''] = code.toLowerCase().split('-');
  const short = String(Number(digits));
  return [prefix, ...cyrillicKeysFor(prefix)]
    .flatMap((letters) => [`${letters}${digits}`, `${letters}${short}`, `${letters}-${short}`, `${letters} ${short}`])
    .join(' ');
}
