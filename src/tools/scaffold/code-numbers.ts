import type { HandbookInventory } from './inventory.ts';

const PREFIX_PATTERN = /^[A-Z]{3}$/;
const LAST_NUMBER = 999;

export type Outcome<Value> = { ok: true; value: Value } | { ok: false; reason: string };

/**
 * The three-letter prefix for new codes in `category`: the one its codes
 * already use. A category without codes needs `requested`, which no other
 * category may use already.
 */
export function prefixFor(inventory: HandbookInventory, category: string, requested: string | undefined): Outcome<string> {
  const inCategory = new Set(inventory.codes.filter((code) => code.category === category).map(({ code }) => code.slice(0, 3)));
  const used = [...inCategory].sort();
  if (requested !== undefined) {
    if (!PREFIX_PATTERN.test(requested)) return { ok: false, reason: `Unexpected --prefix ${requested}, expected three capital letters such as TKT` };
    if (used.length > 0 && !inCategory.has(requested)) {
      return { ok: false, reason: `Unexpected --prefix ${requested}: codes in ${category} use ${used.join(', ')}; leave --prefix out` };
    }
    const owner = inventory.codes.find(({ code, category: other }) => code.startsWith(`${requested}-`) && other !== category);
    if (owner) return { ok: false, reason: `Unexpected --prefix ${requested}: ${owner.code} in ${owner.category ?? 'another category'} uses it already` };
    return { ok: true, value: requested };
  }
  if (used.length === 1) return { ok: true, value: used[0]! };
  if (used.length === 0)
    return {
      ok: false,
      reason: `Missing --prefix: ${category} has no codes yet, so choose its three capital letters, such as --prefix ${suggestPrefix(category)}`,
    };
  return { ok: false, reason: `Missing --prefix: codes in ${category} use ${used.join(' and ')}; say which with --prefix` };
}

/**
 * The next free code for `prefix`: one more than the highest number in use.
 * Gaps are never filled, because a number may belong to a code that history
 * still cites.
 */
export function nextCode(inventory: HandbookInventory, prefix: string): Outcome<string> {
  const numbers = inventory.codes.filter(({ code }) => code.startsWith(`${prefix}-`)).map(({ code }) => Number(code.slice(4)));
  const next = Math.max(0, ...numbers.filter(Number.isInteger)) + 1;
  if (next > LAST_NUMBER) return { ok: false, reason: `No free code left for ${prefix}: ${prefix}-${LAST_NUMBER} is taken` };
  return { ok: true, value: `${prefix}-${String(next).padStart(3, '0')}` };
}

const suggestPrefix = (category: string) =>
  category
    .replace(/[^a-z]/g, '')
    .slice(0, 3)
    .toUpperCase()
    .padEnd(3, 'X');
