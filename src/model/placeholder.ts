/**
 * What `npm run new` writes where only the writer can say what belongs: `⟦write: …⟧`. The white square brackets
 * are in no keyboard layout and no prose, so the placeholder-text rule can look for them alone and never mistake
 * real text (a quoted "TODO:", a note, code) for a gap; and they are plain text to MDX and YAML, so a scaffolded
 * file parses like any other and that rule is what stops it passing the check before someone has filled it in.
 * Here, not in the rule or the scaffolder, because both must spell it the same.
 */
export const PLACEHOLDER_OPEN = '⟦';
export const PLACEHOLDER_CLOSE = '⟧';

/** A gap for the writer to fill: `⟦write: one sentence saying what has happened⟧`. */
export const placeholder = (what: string) => `${PLACEHOLDER_OPEN}write: ${what}${PLACEHOLDER_CLOSE}`;
