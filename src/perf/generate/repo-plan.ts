import { CATEGORIES, CODE_CATEGORIES, type GeneratedCategory } from './chain-directory.ts';
import { inventedWord, STANDARD_WORD_OFFSET, WORDS_PER_DOCUMENT } from './invented-names.ts';
import { STANDARD_TOPICS, fill } from './phrases.ts';
import { derivedSeed, seededRandom } from './seeded-random.ts';

/** What stays the same in every version of a code: its id, category, links and own words. */
export interface CodePlan {
  index: number;
  code: string;
  category: GeneratedCategory;
  related: string[];
  /** Invented words only this code uses (film title, supplier). */
  words: string[];
}

export interface StandardPlan {
  index: number;
  slug: string;
  title: string;
  category: GeneratedCategory;
  words: string[];
}

export interface RepoPlan {
  seed: number;
  codes: CodePlan[];
  standards: StandardPlan[];
}

/** Numbers run 001–999 under one prefix. */
const NUMBERS_PER_PREFIX = 999;
/** Beyond that the words run out: 20,000 codes is far past any budget this benchmark checks. */
export const MAX_CODES = 20_000;

/**
 * Decide every document's identity before any text is written, so related codes
 * can point at codes that will exist and versions can be rendered independently.
 */
export function planRepo(seed: number, codeCount: number, standardCount: number): RepoPlan {
  if (!Number.isInteger(codeCount) || codeCount < 1 || codeCount > MAX_CODES) {
    throw new RangeError(`Expected between 1 and ${MAX_CODES} codes, got ${codeCount}`);
  }
  if (!Number.isInteger(standardCount) || standardCount < 0 || standardCount > 10_000) {
    throw new RangeError(`Expected between 0 and 10000 standards, got ${standardCount}`);
  }

  const perCategory = new Map<string, number>();
  const codes: CodePlan[] = [];
  for (let index = 0; index < codeCount; index++) {
    const random = seededRandom(derivedSeed(seed, 'code-plan', index));
    const category = weightedCategory(random.next());
    const number = perCategory.get(category.id) ?? 0;
    perCategory.set(category.id, number + 1);
    const words = Array.from({ length: WORDS_PER_DOCUMENT }, (_, k) => inventedWord(seed, index * WORDS_PER_DOCUMENT + k));
    codes.push({ index, code: codeId(category.prefix, number), category, related: [], words });
  }

  const byCategory = Map.groupBy(codes, (plan) => plan.category.id);
  for (const plan of codes) {
    const random = seededRandom(derivedSeed(seed, 'code-related', plan.index));
    const siblings = (byCategory.get(plan.category.id) ?? []).filter((other) => other !== plan);
    plan.related = random
      .sample(siblings, random.int(0, Math.min(4, siblings.length)))
      .map((other) => other.code)
      .sort();
  }

  const standards: StandardPlan[] = [];
  for (let index = 0; index < standardCount; index++) {
    const random = seededRandom(derivedSeed(seed, 'standard-plan', index));
    const words = Array.from({ length: WORDS_PER_DOCUMENT }, (_, k) => inventedWord(seed, STANDARD_WORD_OFFSET + index * WORDS_PER_DOCUMENT + k));
    // The invented name is unique to this standard, so the title and its slug are too.
    const title = fill(random.pick(STANDARD_TOPICS), { name: words[0]! });
    standards.push({ index, slug: slugOf(title), title, category: random.pick(CATEGORIES), words });
  }
  return { seed, codes, standards };
}

/** `TKT-001` … `TKT-999`, then `TKA-001` …: more prefixes sharing the category's first two letters. */
export function codeId(prefix: string, number: number): string {
  const round = Math.floor(number / NUMBERS_PER_PREFIX);
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.replace(prefix[2]!, '');
  const effectivePrefix = round === 0 ? prefix : `${prefix.slice(0, 2)}${letters[round - 1] ?? ''}`;
  if (effectivePrefix.length !== 3) throw new RangeError(`Too many codes for prefix ${prefix}`);
  return `${effectivePrefix}-${String((number % NUMBERS_PER_PREFIX) + 1).padStart(3, '0')}`;
}

function weightedCategory(draw: number): GeneratedCategory {
  const total = CODE_CATEGORIES.reduce((sum, category) => sum + category.weight, 0);
  let remaining = draw * total;
  for (const category of CODE_CATEGORIES) {
    remaining -= category.weight;
    if (remaining < 0) return category;
  }
  return CODE_CATEGORIES.at(-1)!;
}

const slugOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
