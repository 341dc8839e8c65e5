const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "1 March 2026": unambiguous for staff and auditors in any country. */
export const formatDate = (date: Date) => longDate.format(date);

/** "2026-03-01", for `<time datetime>` and citations. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Spelling variants staff type for a code: `TKT-001` is also found as `tkt1`, `tkt-1` and `tkt 1`. */
export function codeAliases(code: string): string {
  const [prefix = '', digits = ''] = code.toLowerCase().split('-');
  const short = String(Number(digits));
  return [`${prefix}${digits}`, `${prefix}${short}`, `${prefix}-${short}`, `${prefix} ${short}`].join(' ');
}
