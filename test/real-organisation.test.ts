import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRepository } from '../src/lint/index.ts';
import { writeCodeowners } from '../src/tools/codeowners/index.ts';
import { codeFile } from './support/code-file.ts';
import { createBuildableRepo, type BuildableRepo } from './support/git-repo.ts';
import { openBuiltSite, type OpenSite } from './support/site.ts';

// Issue 13's organisation: three cinemas, GitHub teams (and an e-mail) as owners, a code older than the repository.
const VENUES = `north: { name: Acme North, city: Leeds, time_zone: Europe/London }
south: { name: Acme South, city: Brighton, time_zone: Europe/London }
east: { name: Acme East, city: Norwich, time_zone: Europe/London }
`;
const ROLES = `cinema-manager:
  title: Cinema manager
  holder: Rachel Okonjo
  contact: "+44 20 7946 0100"
  github: "@acme/cinema-managers"
shift-manager:
  title: Shift manager
  holder: The shift manager on duty
  github: acme/shift-managers
  venues:
    north: { holder: Ann North, contact: "+44 113 496 0101" }
    south: { holder: Sam South, contact: "+44 1273 496 0102" }
    east: { holder: Eve East, contact: "+44 1603 496 0103" }
guest-relations:
  title: Guest relations
  holder: Guest relations desk
  contact: guests@acme.example
  github: guests@acme.example
`;
const IMPORTED = codeFile('TKT-003', {
  version: 3,
  effective: '2026-03-02',
  changeNote: 'Imported.',
  step: 'Reissue the tickets.',
  escalationAfter: '10 min',
}).replace(/^version: 3$/m, 'version: 3\nearlier_versions: Versions 1-2 are in the paper binder at head office.');

describe('a real organisation’s handbook: venues, team owners, a document older than the repository', () => {
  let repo: BuildableRepo;
  let built: OpenSite;

  beforeAll(async () => {
    repo = await createBuildableRepo('real-org-');
    await repo.write('content/venues.yaml', VENUES);
    await repo.write('content/roles.yaml', ROLES);
    const settings = await repo.read('content/handbook.yaml');
    await repo.write('content/handbook.yaml', `${settings}codeowners_fallback: "@acme/handbook-maintainers"\n`);
    await repo.write('content/codes/TKT-003.mdx', IMPORTED);
    repo.commit('Import the paper handbook at its current versions');
    built = await openBuiltSite(repo.root);
  });

  afterAll(async () => {
    await built?.close();
    await repo?.dispose();
  });

  it('passes the check as it is', async () => {
    const files = await checkRepository({ cwd: repo.root, today: new Date('2026-06-01T00:00:00Z') });
    expect(files.flatMap((file) => file.messages.map((message) => `${file.path}:${message.line}:${message.column} ${message.ruleId}`))).toEqual([]);
  });

  it('writes CODEOWNERS with the teams and the e-mail as GitHub takes them', async () => {
    await writeCodeowners(repo.root);
    const codeowners = await repo.read('.github/CODEOWNERS');
    expect(codeowners).toMatch(/^\/content\/codes\/TKT-003\.mdx @acme\/cinema-managers$/m);
    expect(codeowners).toMatch(/^\* @acme\/handbook-maintainers$/m);
    expect(codeowners).not.toContain('@@');
  });

  it('says, on the code’s page, each cinema’s shift manager with a number to tap, and where versions 1-2 are', async () => {
    const page = await built.html('codes/TKT-003');
    for (const [name, phone] of [
      ['Ann North', '+441134960101'],
      ['Sam South', '+4412734960102'],
      ['Eve East', '+4416034960103'],
    ]) {
      expect(page).toContain(name);
      expect(page).toContain(`href="tel:${phone}"`);
    }
    for (const venue of ['Acme North', 'Acme South', 'Acme East']) expect(page).toContain(venue);
    expect(page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain('Versions 1–2 were approved before this handbook moved to the repository.');
  });

  it('fails the check, on the line, when a cinema has nobody to call', async () => {
    await repo.write('content/roles.yaml', ROLES.replace('    east: { holder: Eve East, contact: "+44 1603 496 0103" }\n', ''));
    await repo.write(
      'content/codes/TKT-004.mdx',
      codeFile('TKT-004', { version: 2, effective: '2026-03-02', changeNote: 'New.', step: 'Ask.', escalationAfter: '5 min' }),
    );
    repo.commit('A shift manager for two cinemas only, and a code begun at version 2');
    const files = await checkRepository({ cwd: repo.root, today: new Date('2026-06-01T00:00:00Z') });
    const found = files.flatMap((file) => file.messages.map((message) => `${file.path}:${message.line}:${message.column} ${message.ruleId}`));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/roles\.yaml:\d+:\d+ venue-contacts$/),
        expect.stringMatching(/^content\/codes\/TKT-004\.mdx:\d+:\d+ earlier-versions$/),
      ]),
    );
  });
});
