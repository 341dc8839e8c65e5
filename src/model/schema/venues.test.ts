import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../yaml-source.ts';
import { schemaProblems } from '../schema-problems.ts';
import { isTimeZone, roleAtVenue, roleContacts, roleSchema, rolesFileSchema, venueSchema, venuesFileSchema } from './index.ts';

const leeds = { name: 'Aurora Leeds Trinity', city: 'Leeds', time_zone: 'Europe/London' };
const shiftManager = {
  title: 'Shift manager',
  holder: 'Olena Kravets',
  venues: {
    'london-southbank': { holder: 'Olena Kravets', contact: '+44 20 7946 0102' },
    leeds: { holder: 'Grace Adeyemi', contact: '+44 113 496 0102' },
  },
};

/** The problems roles.yaml text gets, as `path line:column reason`. */
function rolesProblems(text: string): string[] {
  const yaml = parseYamlSource(text);
  const result = rolesFileSchema.safeParse(yaml.value, { reportInput: true });
  return result.success ? [] : schemaProblems(result.error.issues, yaml).map(({ reason, place }) => `${place.start.line}:${place.start.column} ${reason}`);
}

describe('venues.yaml', () => {
  it('takes a name, a city and an IANA time zone', () => {
    expect(venueSchema.parse(leeds)).toEqual(leeds);
    expect(venuesFileSchema.safeParse({ leeds, 'london-southbank': { ...leeds, city: 'London' } }).success).toBe(true);
  });

  it.each(['Europe/London', 'Europe/Kyiv', 'America/New_York', 'UTC', 'Etc/GMT+1', 'Europe/Kiev'])('knows %j as a time zone', (zone) => {
    expect(isTimeZone(zone)).toBe(true);
  });

  it.each(['europe/london', 'Europe/Londn', 'London', 'Mars/Olympus_Mons', '+01:00', 'GMT+1:00', ''])(
    'refuses %j as a time zone, saying what it takes',
    (zone) => {
      const result = venueSchema.safeParse({ ...leeds, time_zone: zone });
      expect(result.error?.issues.map(({ path, message }) => [path.join('.'), message])).toEqual([
        ['time_zone', 'Expected an IANA time zone such as Europe/London, spelt as the tz database spells it'],
      ]);
    },
  );

  it('refuses a venue without a name or city, an unknown field, and an id that is not lower-kebab-case', () => {
    expect(venueSchema.safeParse({ city: 'Leeds', time_zone: 'Europe/London' }).error?.issues[0]?.path).toEqual(['name']);
    expect(venueSchema.safeParse({ ...leeds, phone: '1' }).error?.issues[0]?.code).toBe('unrecognized_keys');
    expect(venuesFileSchema.safeParse({ Leeds: leeds }).success).toBe(false);
  });
});

describe('roles that differ by venue', () => {
  it('take a holder and a contact per venue, and then need no chain-wide contact', () => {
    expect(roleSchema.parse(shiftManager).venues?.leeds).toEqual({ holder: 'Grace Adeyemi', contact: '+44 113 496 0102' });
  });

  it('keep the chain-wide fields working as before', () => {
    const usher = { title: 'Usher', holder: 'Jamal Okafor', contact: '+44 20 7946 0111' };
    expect(roleSchema.parse(usher)).toEqual(usher);
    expect(rolesProblems('usher:\n  title: Usher\n  holder: Jamal Okafor\n')).toEqual(['2:3 Missing `usher.contact`']);
  });

  it('refuse a venue entry with neither holder nor contact, a bad contact, an unknown field or a bad venue id', () => {
    const text = [
      'shift-manager:',
      '  title: Shift manager',
      '  holder: Olena Kravets',
      '  venues:',
      '    leeds: {}',
      '    manchester: { contact: "call Tom" }',
      '    york: { holder: Ann, phone: "1" }',
      '    Hull: { holder: Ann }',
    ].join('\n');
    expect(rolesProblems(text)).toEqual([
      '5:12 Unexpected `shift-manager.venues.leeds`: Expected a `holder`, a `contact` or both for this venue',
      '6:28 Unexpected `shift-manager.venues.manchester.contact`: Expected a phone number such as "+44 20 7946 0102" or an e-mail address',
      '7:26 Unexpected field `shift-manager.venues.york.phone`; check its spelling against the format in docs/writing-standards.md',
      '8:5 Unexpected `shift-manager.venues.Hull`: Expected a lower-kebab-case id such as shift-manager',
    ]);
  });

  it('give a venue its own people and every other venue the chain-wide ones', () => {
    const role = roleSchema.parse({ ...shiftManager, contact: '+44 20 7946 0100', venues: { leeds: { holder: 'Grace Adeyemi' } } });
    expect(roleAtVenue(role, 'leeds')).toEqual({ holder: 'Grace Adeyemi', contact: '+44 20 7946 0100' });
    expect(roleAtVenue(role, 'manchester')).toEqual({ holder: 'Olena Kravets', contact: '+44 20 7946 0100' });
    expect(roleAtVenue(role, undefined)).toEqual({ holder: 'Olena Kravets', contact: '+44 20 7946 0100' });
    expect(roleAtVenue(roleSchema.parse(shiftManager), 'manchester').contact).toBeUndefined();
  });

  it('list who to call venue by venue, venues with the same person together, one entry for a role the same everywhere', () => {
    const role = roleSchema.parse(shiftManager);
    expect(roleContacts(role, ['leeds', 'london-southbank', 'manchester'])).toEqual([
      { venues: ['leeds'], holder: 'Grace Adeyemi', contact: '+44 113 496 0102' },
      { venues: ['london-southbank'], holder: 'Olena Kravets', contact: '+44 20 7946 0102' },
      { venues: ['manchester'], holder: 'Olena Kravets', contact: undefined },
    ]);
    const usher = roleSchema.parse({ title: 'Usher', holder: 'Jamal Okafor', contact: '+44 20 7946 0111' });
    expect(roleContacts(usher, ['leeds', 'manchester'])).toEqual([{ venues: ['leeds', 'manchester'], holder: 'Jamal Okafor', contact: '+44 20 7946 0111' }]);
    expect(roleContacts(usher, [])).toEqual([{ venues: [], holder: 'Jamal Okafor', contact: '+44 20 7946 0111' }]);
  });
});
