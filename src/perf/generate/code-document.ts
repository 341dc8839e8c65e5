import { stringify } from 'yaml';
import { roleTitle } from './chain-directory.ts';
import { CHANGE_NOTES, CONSEQUENCES, fill, PLACES, PREVENTION_PATTERNS, SAY_PATTERNS, STEP_PATTERNS, WHEN, WHY_PATTERNS } from './phrases.ts';
import type { CodePlan } from './repo-plan.ts';
import { derivedSeed, seededRandom, type SeededRandom } from './seeded-random.ts';

const DURATIONS = ['5 min', '10 min', '15 min', '30 min', '1 h', '2 h', '1 d'] as const;
const SEVERITIES = ['low', 'medium', 'medium', 'high', 'high', 'critical'] as const;
/** Versions are this many days apart, so effective dates rise with the version. */
export const DAYS_BETWEEN_VERSIONS = 73;

/** Fills shared by every sentence of one code, so its steps talk about the same thing. */
type CodeScene = Record<'object' | 'trouble' | 'place' | 'film' | 'supplier' | 'helper' | 'minutes', string>;

/** The text of `content/codes/<CODE>.mdx` for one version (1-based) of a planned code. */
export function renderCode(plan: CodePlan, version: number, seed: number): string {
  const random = seededRandom(derivedSeed(seed, 'code', plan.index));
  const { category } = plan;
  const [film1, film2, supplierName] = plan.words as [string, string, string];
  const escalationRoles = orderedSample(random, category.escalation, random.int(1, Math.min(3, category.escalation.length)));
  const scene: CodeScene = {
    object: random.pick(category.objects),
    trouble: random.pick(category.troubles),
    place: random.pick(PLACES),
    film: `${film1} and the ${film2}`,
    supplier: `${supplierName} Services`,
    helper: roleTitle(escalationRoles[0]!).toLowerCase(),
    minutes: String(random.int(3, 15)),
  };
  const when = random.pick(WHEN);
  const title = `${capitalise(scene.object)} ${scene.trouble}`;
  const severity = category.id === 'safety' ? random.pick(SEVERITIES.slice(2)) : random.pick(SEVERITIES);
  const durations = orderedSample(random, DURATIONS, escalationRoles.length);
  const escalation = escalationRoles.map((role, level) => ({
    role,
    ...(random.chance(0.8) ? { after: durations[level] } : {}),
    ...(random.chance(0.6) ? { when: level === 0 ? `the ${scene.object} ${scene.trouble} again` : random.pick(CONSEQUENCES) } : {}),
  }));
  const baseEffective = addDays(new Date('2024-01-01T00:00:00Z'), random.int(0, 400));
  const baseReview = addDays(new Date('2032-01-01T00:00:00Z'), random.int(0, 700));

  const patterns = random.sample(STEP_PATTERNS, random.int(4, 9));
  const versionRandom = seededRandom(derivedSeed(seed, 'code', plan.index, 'version', version));
  if (version > 1) {
    // Each new version rewrites one step, as a reviewed change to a real code would.
    const unused = STEP_PATTERNS.filter((pattern) => !patterns.includes(pattern));
    patterns[(version - 2) % patterns.length] = versionRandom.pick(unused.length > 0 ? unused : STEP_PATTERNS);
  }
  // Phrases are dealt without repeats: one code never tells staff to say the same thing twice.
  const phrases = random.sample(SAY_PATTERNS, SAY_PATTERNS.length);
  const steps = patterns.map((pattern, index) => {
    const actor = category.actors[index % category.actors.length]!;
    const say = random.chance(0.2) && phrases.length > 2 ? ` <Say>${fill(phrases.pop()!, scene)}</Say>` : '';
    return `**${roleTitle(actor)}:** ${fill(pattern, scene)}${say}`;
  });
  const linked = plan.related[0];
  if (linked) steps.push(`**${roleTitle(category.actors[0]!)}:** If the guest also needs help with something else, follow [${linked}](/codes/${linked}/).`);

  const frontmatter = {
    code: plan.code,
    title,
    summary: `The ${scene.object} ${scene.trouble} ${when}, and ${random.pick(CONSEQUENCES)}.`,
    category: category.id,
    severity,
    tags: random.sample(category.tags, random.int(2, Math.min(4, category.tags.length))),
    owner: random.pick(category.owners),
    version,
    effective: isoDay(addDays(baseEffective, (version - 1) * DAYS_BETWEEN_VERSIONS)),
    review_by: isoDay(addDays(baseReview, (version - 1) * DAYS_BETWEEN_VERSIONS)),
    change_note: fill(version === 1 ? CHANGE_NOTES[0] : versionRandom.pick(CHANGE_NOTES.slice(1)), scene),
    escalation,
    ...(plan.related.length > 0 ? { related: plan.related } : {}),
  };

  const sections = [
    '## Steps',
    steps.map((step, index) => `${index + 1}. ${step}`).join('\n'),
    ...(random.chance(0.4) ? [`<Note>This code is used most often ${when}; plan the team so that the ${scene.helper} is free then.</Note>`] : []),
    ...(severity === 'critical'
      ? [`<Warning>Never leave the guest alone while the ${scene.object} ${scene.trouble}; call the ${scene.helper} first.</Warning>`]
      : []),
    '## What to say',
    ...phrases.slice(0, random.int(1, 2)).map((pattern) => `<Say>${fill(pattern, scene)}</Say>`),
    '## Why',
    // The film and the supplier always appear: they are this code's own words in the search index.
    [`This code was written after a showing of ${scene.film}.`, ...random.sample(WHY_PATTERNS, random.int(1, 2)).map((pattern) => fill(pattern, scene))].join(
      ' ',
    ),
    '## Prevention',
    [
      `${scene.supplier} maintains the ${scene.object} and checks it after every fault reported under this code.`,
      ...random.sample(PREVENTION_PATTERNS, random.int(1, 2)).map((pattern) => fill(pattern, scene)),
    ]
      .map((line) => `- ${line}`)
      .join('\n'),
  ];
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${sections.join('\n\n')}\n`;
}

/** `count` items of `items` in their original order (escalation ladders and durations only go up). */
function orderedSample<T>(random: SeededRandom, items: readonly T[], count: number): T[] {
  const chosen = new Set(random.sample(items, count));
  return items.filter((item) => chosen.has(item));
}

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const capitalise = (text: string) => text[0]!.toUpperCase() + text.slice(1);
