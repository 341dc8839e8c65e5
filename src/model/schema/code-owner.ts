import { z } from 'astro/zod';

// What GitHub's CODEOWNERS accepts as an owner, and nothing else: a personal login, a team of an organisation, or the
// e-mail address of an account. Plain patterns, kept free of zod, so the CODEOWNERS writer and the pages share them.

/** A login or an organisation: letters, digits and hyphens, starting with a letter or digit, at most 39 characters. */
const ACCOUNT = '[A-Za-z0-9][A-Za-z0-9-]{0,38}';
/** A team's slug, as in its address: letters, digits, hyphens and underscores. */
const TEAM = '[A-Za-z0-9][A-Za-z0-9_-]{0,99}';

export const GITHUB_LOGIN_PATTERN = new RegExp(`^@?${ACCOUNT}$`);
export const GITHUB_TEAM_PATTERN = new RegExp(`^@?${ACCOUNT}/${TEAM}$`);
/** The e-mail address of a GitHub account; CODEOWNERS writes it without an @ in front. */
export const OWNER_EMAIL_PATTERN = /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/;

export const CODE_OWNER_EXAMPLES = 'a GitHub login such as olena-k, a team such as "@acme/shift-managers" or acme/shift-managers, or an e-mail address';

/**
 * An owner as CODEOWNERS writes it (`@olena-k`, `@acme/shift-managers`, `olena@example.com`) from any form the
 * handbook accepts (with or without the leading @), or undefined when `text` is none of them.
 */
export function codeOwner(text: string): string | undefined {
  const owner = text.trim();
  if (OWNER_EMAIL_PATTERN.test(owner)) return owner;
  if (GITHUB_LOGIN_PATTERN.test(owner) || GITHUB_TEAM_PATTERN.test(owner)) return owner.startsWith('@') ? owner : `@${owner}`;
  return undefined;
}

/** Who reviews on GitHub: kept as written, checked to be something CODEOWNERS can name. */
export const codeOwnerField = z
  .string({ error: `Expected ${CODE_OWNER_EXAMPLES}` })
  .trim()
  .refine((text) => codeOwner(text) !== undefined, `Expected ${CODE_OWNER_EXAMPLES}`);
