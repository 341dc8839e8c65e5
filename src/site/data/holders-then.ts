import { roleAtVenue, type Role, type VersionRecordData } from '../../model/index.ts';
import type { UiStrings } from '../i18n/index.ts';

/** Who held a role when a version was merged and who holds it today, at some venues. */
export interface HeldThen {
  /** The venue ids this is true of, in the order asked; empty for the chain as a whole. */
  venues: string[];
  /** Whoever held the role when the version was merged; undefined when roles.yaml did not say then. */
  heldThen: string | undefined;
  /** Whoever holds it today; undefined for a role roles.yaml no longer has. */
  heldNow: string | undefined;
}

/**
 * Who held `roleId` when the version of `record` was merged and who holds it today (`now`, from roles.yaml), at
 * `venue` or chain-wide. Undefined when there is nothing to tell apart: a version not yet merged is today's.
 */
export function holderThen(record: VersionRecordData | undefined, roleId: string, now: Role | undefined, venue?: string): HeldThen | undefined {
  if (!record) return undefined;
  const then = record.holders?.[roleId];
  return {
    venues: venue === undefined ? [] : [venue],
    heldThen: (venue === undefined ? undefined : then?.venues?.[venue]) ?? then?.holder,
    heldNow: now ? roleAtVenue(now, venue).holder : undefined,
  };
}

/**
 * The same at each of `venues`, venues with the same holders then and now sharing one entry: one entry for a role
 * whose holders did not differ by venue, nor do now. Chain-wide without venues.
 */
export function holdersThenByVenue(
  record: VersionRecordData | undefined,
  roleId: string,
  now: Role | undefined,
  venues: readonly string[],
): HeldThen[] | undefined {
  if (!record) return undefined;
  if (venues.length === 0) return [holderThen(record, roleId, now)!];
  const byPair = new Map<string, HeldThen>();
  for (const venue of venues) {
    const held = holderThen(record, roleId, now, venue)!;
    const key = JSON.stringify([held.heldThen, held.heldNow]);
    const entry = byPair.get(key);
    if (entry) entry.venues.push(venue);
    else byPair.set(key, held);
  }
  return [...byPair.values()];
}

/** Whether a page should say who held the role then: the holder then differs from today's, or is not known. */
export const heldByOther = ({ heldThen, heldNow }: HeldThen) => heldThen !== heldNow;

/**
 * A holder as a version page names it: the name alone when it has not changed since, else "held then by X; now Y"
 * ("holder then not recorded; now Y" when roles.yaml did not say then, without "now" for a role gone since).
 */
export function holderText(held: HeldThen, strings: UiStrings['audit']): string {
  if (!heldByOther(held)) return held.heldNow ?? '';
  const then = held.heldThen === undefined ? strings.heldThenUnrecorded : strings.heldThen(held.heldThen);
  return held.heldNow === undefined ? then : `${then}; ${strings.heldNow(held.heldNow)}`;
}
