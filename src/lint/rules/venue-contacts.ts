import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { roleAtVenue } from '../../model/index.ts';
import { ruleMeta } from './rule-docs.ts';
import { someCodes, type VenueContext } from './venue-context.ts';

/**
 * Every role an escalation ladder calls can be reached at every venue: it has a `contact` of its own there
 * (`venues: { leeds: { contact } }`) or a chain-wide `contact`. Otherwise staff at that venue, mid-problem, would
 * find the ladder's rung with no number to call. Without content/venues.yaml the chain is the one venue.
 */
const venueContacts = lintRule<Root, VenueContext>(ruleMeta('venue-contacts'), (_tree, file, { venues, roles, yaml, escalations }) => {
  for (const [roleId, codes] of escalations) {
    const role = roles[roleId];
    // An unknown role is escalation-roles' to report, on the code that names it.
    if (!role) continue;
    const calledBy = codes.length === 1 ? `the escalation ladder of ${codes[0]} calls it` : `the escalation ladders of ${someCodes(codes)} call it`;
    if (venues.size === 0) {
      if (role.contact === undefined) {
        file.message(`Missing \`contact\` for role \`${roleId}\` (${calledBy}): add a chain-wide \`contact\``, {
          place: yaml.placeOf([roleId], { key: true }),
        });
      }
      continue;
    }
    const unreachable = [...venues.keys()].filter((venue) => roleAtVenue(role, venue).contact === undefined);
    if (unreachable.length === 0) continue;
    const where = unreachable.map((venue) => `\`${venue}\``).join(', ');
    file.message(
      `Missing \`contact\` for role \`${roleId}\` at ${unreachable.length === 1 ? 'venue' : 'venues'} ${where} (${calledBy}): add \`contact\` under \`venues: ${unreachable[0]}:\`${unreachable.length > 1 ? ' (and each other venue)' : ''}, or a chain-wide \`contact\``,
      { place: yaml.placeOf(role.venues ? [roleId, 'venues'] : [roleId], { key: true }) },
    );
  }
});

export default venueContacts;
