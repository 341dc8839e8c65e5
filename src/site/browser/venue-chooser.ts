import { readStored, removeStored, writeStored } from './local-store.ts';

/**
 * The venue staff chose on this phone, kept in local storage under this key (as `handbook:venue`). The page reads
 * it before it paints, in the inline script of VenueChooser.astro, so the other venues' contacts never flash up.
 */
export const VENUE_KEY = 'venue';

const isVenueId = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** The venue whose contacts the page shows: `<html data-venue>` is what the CSS reads. Undefined shows every venue. */
export function showVenue(venue: string | undefined): void {
  if (venue === undefined) delete document.documentElement.dataset.venue;
  else document.documentElement.dataset.venue = venue;
}

/**
 * Make `select` (an empty option for every venue, then one per venue) choose the venue: it starts at the stored
 * one, and a change is stored and shown at once. A stored venue the handbook no longer has counts as none.
 */
export function setUpVenueChooser(select: HTMLSelectElement): void {
  const known = new Set([...select.options].map(({ value }) => value).filter(isVenueId));
  const stored = readStored(VENUE_KEY, '', isVenueId);
  select.value = known.has(stored) ? stored : '';
  showVenue(known.has(stored) ? stored : undefined);
  select.addEventListener('change', () => {
    const venue = known.has(select.value) ? select.value : undefined;
    if (venue === undefined) removeStored(VENUE_KEY);
    else writeStored(VENUE_KEY, venue);
    showVenue(venue);
  });
}
