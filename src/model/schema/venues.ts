import { z } from 'astro/zod';
import { oneLine, slugId } from './primitives.ts';

/** How the tz database writes a zone: each part starts with a capital (`Europe/London`, `America/New_York`, `Etc/GMT+1`). */
const TIME_ZONE_PATTERN = /^[A-Z][A-Za-z0-9_+-]*(\/[A-Z][A-Za-z0-9_+-]*)*$/;

/**
 * True when `text` is an IANA time zone written as the tz database writes it (`Europe/London`, `UTC`), and this
 * machine's Intl knows it. Intl alone is too kind: it takes `europe/london`, and offsets such as `+01:00` that are
 * not zones. It also knows the older names of renamed zones (`Europe/Kiev` for `Europe/Kyiv`): both are accepted.
 */
export function isTimeZone(text: string): boolean {
  if (!TIME_ZONE_PATTERN.test(text)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: text });
    return true;
  } catch {
    return false;
  }
}

export const timeZone = z
  .string({ error: 'Expected an IANA time zone as text, such as Europe/London' })
  .trim()
  .refine(isTimeZone, 'Expected an IANA time zone such as Europe/London, spelt as the tz database spells it');

/** One cinema of the chain, as content/venues.yaml describes it. Venue ids are permanent: staff keep the one they chose. */
export const venueSchema = z.strictObject({
  name: oneLine('the venue name, such as Aurora Leeds'),
  city: oneLine('the city'),
  /** Where the venue's clock is: dates and times at the venue are read in this zone. */
  time_zone: timeZone,
});

/** content/venues.yaml: every cinema by its id. The file is optional; a handbook without it has one venue, the chain. */
export const venuesFileSchema = z.record(slugId, venueSchema);

export type Venue = z.output<typeof venueSchema>;
export type VenuesFile = z.output<typeof venuesFileSchema>;
