import { stringify } from 'yaml';
import { addDays, DAYS_BETWEEN_VERSIONS, isoDay } from './code-document.ts';
import { fill, PLACES, STANDARD_RULES, STANDARD_SECTIONS } from './phrases.ts';
import type { StandardPlan } from './repo-plan.ts';
import { derivedSeed, seededRandom } from './seeded-random.ts';

/** The text of `content/standards/<slug>.mdx` for one version (1-based) of a planned standard. */
export function renderStandard(plan: StandardPlan, version: number, seed: number): string {
  const random = seededRandom(derivedSeed(seed, 'standard', plan.index));
  const name = plan.words[0]!;
  const place = random.pick(PLACES);
  const sectionTitles = STANDARD_SECTIONS.filter(() => random.chance(0.6));
  // Rules are dealt without repeats, so no rule appears in two sections of one standard.
  const deck = random.sample(STANDARD_RULES, STANDARD_RULES.length);
  const sections = (sectionTitles.length > 0 ? sectionTitles : [STANDARD_SECTIONS[0]])
    .map((title) => ({
      title,
      rules: deck.splice(0, random.int(1, 3)),
      numbered: random.chance(0.5),
    }))
    .filter((section) => section.rules.length > 0);
  if (version > 1) {
    // Each new version adds one rule to one section, as a reviewed change would.
    const versionRandom = seededRandom(derivedSeed(seed, 'standard', plan.index, 'version', version));
    versionRandom.pick(sections).rules.push(versionRandom.pick(deck.length > 0 ? deck : STANDARD_RULES));
  }
  const owners = plan.category.owners;
  const frontmatter = {
    title: plan.title,
    summary: `How staff at the ${name} cinema work at ${place} and with each other, shift after shift.`,
    category: plan.category.id,
    owner: random.pick(owners),
    version,
    effective: isoDay(addDays(new Date('2024-01-01T00:00:00Z'), random.int(0, 400) + (version - 1) * DAYS_BETWEEN_VERSIONS)),
    review_by: isoDay(addDays(new Date('2032-01-01T00:00:00Z'), random.int(0, 700) + (version - 1) * DAYS_BETWEEN_VERSIONS)),
    change_note: version === 1 ? 'First issue of the standard.' : `Added a rule after the review of version ${version - 1}.`,
  };
  const values = { place, name: plan.words[1]! };
  const body = sections.map(({ title, rules, numbered }) => {
    const items = rules.map((rule, index) => `${numbered ? `${index + 1}.` : '-'} ${fill(rule, values)}`);
    return `## ${title}\n\n${items.join('\n')}`;
  });
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body.join('\n\n')}\n`;
}
