/** Where GitHub reads code owners from; the checker reports staleness on this path. */
export const CODEOWNERS_PATH = '.github/CODEOWNERS';

/**
 * Who approves what no role owns: roles.yaml and categories.yaml, documents
 * whose owner role has no `github` handle, and everything outside content/.
 * A team of the organisation that hosts the handbook; change it to yours.
 */
export const FALLBACK_OWNER = '@aurora-cinemas/handbook-maintainers';
