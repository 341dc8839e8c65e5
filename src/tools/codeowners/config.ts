/** Where GitHub reads code owners from; the checker reports staleness on this path. */
export const CODEOWNERS_PATH = '.github/CODEOWNERS';
