/**
 * Where every rule is explained to the people who write the handbook: each rule id is an anchor there
 * (`<a id="owner-exists">`), so a message's `url` opens the row that says what the rule means and what to do.
 * rule-docs.test.ts keeps the rules and that page in step.
 */
export const RULES_DOCUMENT = 'docs/writing-standards.md';
export const RULES_DOCUMENT_URL = `https://github.com/aurora-cinemas/service-handbook/blob/main/${RULES_DOCUMENT}`;

/** What `lintRule` takes for the handbook's rule `id`: its origin and the address of its row in the rules document. */
export const ruleMeta = (id: string) => ({ origin: `handbook:${id}`, url: `${RULES_DOCUMENT_URL}#${id}` });
