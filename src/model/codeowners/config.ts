/** Where GitHub reads code owners from: `npm run codeowners` writes it, the checker reports it when stale. */
export const CODEOWNERS_PATH = '.github/CODEOWNERS';
