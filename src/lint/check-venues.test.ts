import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, findingsOf, locate, removeRepos, type Finding } from '../../test/fixture-repo.ts';
import { loadRoles, readDocuments } from '../model/index.ts';
import { checkVenues } from './check-venues.ts';
import { venueRules } from './rules/index.ts';

afterAll(removeRepos);

const ROLES = 'content/roles.yaml';
const VENUES = 'content/venues.yaml';

/** The good repo with `overlay` (test/fixtures/checker/bad/<overlay>/), checked as the checker reads it: roles, then codes, then venues. */
async function checkVenuesFixture(overlay: string): Promise<Finding[]> {
  const cwd = await createRepo(overlay);
  const roles = await loadRoles(cwd);
  const { files } = await readDocuments(cwd, ['content/codes/*.mdx'], (file) => {
    file.data.kind = 'code';
  });
  const venueFiles = await checkVenues(cwd, roles, files);
  return findingsOf([roles.file, ...venueFiles]);
}

interface VenueCase {
  overlay: string;
  /** Every finding, as `path:line:column ruleId severity`; nothing else may appear. */
  expected: string[];
  /** What the first expected finding's reason must say. */
  says?: RegExp;
}

// Positions were counted in the fixture files.
const cases: VenueCase[] = [
  // Shift managers only per venue (no chain-wide number), a venue falling back to the chain-wide contact, and a role
  // no ladder calls: all fine.
  { overlay: 'venues-good', expected: [] },
  {
    overlay: 'venue-known',
    expected: [`${ROLES}:13:5 venue-known error`],
    says: /^Unexpected venue `lakeside`, expected one of hilltop, riverside \(from content\/venues.yaml\): correct the id, or add the venue to content\/venues.yaml$/,
  },
  // The cinema manager has no contact at Hilltop either, but no ladder calls it: only the shift manager is reported.
  {
    overlay: 'venue-contacts',
    expected: [`${ROLES}:10:3 venue-contacts error`],
    says: /^Missing `contact` for role `shift-manager` at venue `hilltop` \(the escalation ladders of CLK-001, TKT-001, TKT-002 call it\): add `contact` under `venues: hilltop:`, or a chain-wide `contact`$/,
  },
  // Without venues.yaml the chain is the one venue: a venue id is unknown, and the role needs a chain-wide contact.
  {
    overlay: 'venue-contacts-chain',
    expected: [`${ROLES}:15:1 venue-contacts error`, `${ROLES}:19:5 venue-known error`],
    says: /^Missing `contact` for role `guest-relations` \(the escalation ladder of TKT-001 calls it\): add a chain-wide `contact`$/,
  },
  // A broken venues.yaml is reported on itself (a misspelt field is also a missing one); the venue rules wait until
  // it is fixed instead of piling on.
  {
    overlay: 'venues-file',
    expected: [`${VENUES}:5:14 venues-file error`, `${VENUES}:7:3 venues-file error`, `${VENUES}:9:3 venues-file error`],
    says: /^Unexpected `riverside.time_zone`: Expected an IANA time zone such as Europe\/London/,
  },
];

describe('checkVenues', () => {
  it.each(cases)('$overlay: reports exactly the expected findings', async ({ overlay, expected, says }) => {
    const findings = await checkVenuesFixture(overlay);
    expect(findings.map(locate).sort()).toEqual([...expected].sort());
    if (says) expect(findings.find((finding) => locate(finding) === expected[0])?.reason).toMatch(says);
  });

  it('has a not-ok case for every venue rule, so removing a rule fails a test', () => {
    const ruleIds = venueRules.map(([rule]) => rule.name.replace(/^handbook:/, ''));
    const covered = new Set(cases.flatMap(({ expected }) => expected.map((at) => at.split(' ')[1])));
    expect(ruleIds.filter((id) => !covered.has(id))).toEqual([]);
    expect(ruleIds).toEqual(['venue-known', 'venue-contacts']);
  });

  it('returns no file and says nothing for a handbook without venues', async () => {
    const cwd = await createRepo();
    const roles = await loadRoles(cwd);
    expect(await checkVenues(cwd, roles, [])).toEqual([]);
    expect(roles.file.messages).toEqual([]);
  });

  it('links each message to its row in the rules document', async () => {
    const cwd = await createRepo('venue-known');
    const roles = await loadRoles(cwd);
    await checkVenues(cwd, roles, []);
    expect(roles.file.messages.map(({ url }) => url)).toEqual([expect.stringMatching(/docs\/writing-standards\.md#venue-known$/)]);
  });
});
