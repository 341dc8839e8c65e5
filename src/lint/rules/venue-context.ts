import type { Role, Venue, YamlSource } from '../../model/index.ts';

/**
 * What the venue rules know. They run on content/roles.yaml itself (as codeowners-current runs on CODEOWNERS),
 * so their messages sit on the field to change; check-venues.ts builds this once the documents are read.
 */
export interface VenueContext {
  /** The venues of content/venues.yaml by id; empty when the handbook has no such file (it is one venue, the chain). */
  venues: ReadonlyMap<string, Venue>;
  /** The roles of roles.yaml, as the schema gives them. */
  roles: Readonly<Record<string, Role>>;
  /** roles.yaml with its positions. */
  yaml: YamlSource;
  /** For each role an escalation ladder calls, the codes whose ladders call it, in code order. */
  escalations: ReadonlyMap<string, readonly string[]>;
}

/** "TKT-001, TKT-002 and 9 more codes": enough to find one, short enough for a terminal line. */
export function someCodes(codes: readonly string[], shown = 3): string {
  if (codes.length <= shown) return codes.join(', ');
  return `${codes.slice(0, shown).join(', ')} and ${codes.length - shown} more codes`;
}
