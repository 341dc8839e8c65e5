/**
 * Irregular English verbs whose forms a stemmer cannot join: Pagefind stems
 * "stealing" to "steal" but leaves "stole" and "stolen" apart, so "someone
 * took my coat" would miss a page that says "taken". Each line is one verb.
 */
const IRREGULAR_VERBS = `
be was were been|break broke broken|bring brought|buy bought|catch caught|choose chose chosen|come came
do did done|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feel felt|fight fought
find found|forget forgot forgotten|freeze froze frozen|get got gotten|give gave given|go went gone|hit hits
hold held|hurt hurts|keep kept|leave left|lose lost|pay paid|ring rang rung|run ran|say said|see saw seen
sell sold|send sent|shake shook shaken|shut shuts|sit sat|sleep slept|speak spoke spoken|spill spilt spilled
stand stood|steal stole stolen|stick stuck|take took taken|tear tore torn|tell told|think thought
throw threw thrown|wake woke woken|wear wore worn|write wrote written`;

const formsOf = new Map<string, readonly string[]>();
for (const verb of IRREGULAR_VERBS.trim().split(/[|\n]/)) {
  const forms = verb.trim().split(' ');
  for (const form of forms) formsOf.set(form, forms);
}

/** The other forms of an irregular English verb ("took" → "take", "taken"); empty for any other word. */
export function otherEnglishForms(word: string): string[] {
  const lower = word.toLowerCase();
  return (formsOf.get(lower) ?? []).filter((form) => form !== lower);
}
