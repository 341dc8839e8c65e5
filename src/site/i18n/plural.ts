/** The forms of one counted phrase, `{count}` standing for the number; `other` is required by every language. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

/** "1 код", "3 коди", "5 кодів": the form the language's own plural rules choose (Intl, not a hand-written rule). */
export function pluralForm(language: string, count: number, forms: PluralForms): string {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(language);
    rules.set(language, rule);
  }
  return (forms[rule.select(count)] ?? forms.other).replace('{count}', String(count));
}
