import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { VENUES_FILE } from '../../model/index.ts';
import { unknownIdReason } from './known-ids.ts';
import { ruleMeta } from './rule-docs.ts';
import type { VenueContext } from './venue-context.ts';

/**
 * Every venue a role names under `venues:` in roles.yaml is a venue of content/venues.yaml. A misspelt id would
 * give its people to a cinema that does not exist, and leave the real one with the chain-wide contact.
 */
const venueKnown = lintRule<Root, VenueContext>(ruleMeta('venue-known'), (_tree, file, { venues, roles, yaml }) => {
  const known = new Set(venues.keys());
  for (const [roleId, role] of Object.entries(roles)) {
    for (const venue of Object.keys(role.venues ?? {})) {
      if (known.has(venue)) continue;
      file.message(`${unknownIdReason('venue', venue, known, VENUES_FILE)}: correct the id, or add the venue to ${VENUES_FILE}`, {
        place: yaml.placeOf([roleId, 'venues', venue], { key: true }),
      });
    }
  }
});

export default venueKnown;
