/**
 * A light stemmer for Ukrainian and Russian queries. Pagefind stems Russian
 * but not Ukrainian, and matches any indexed word that starts with a query
 * word; so cutting a query word back to its stem ("куртку" → "куртк") finds
 * every inflected form in the page ("куртка", "куртки") without a stemmed
 * copy of the index. It strips one inflectional ending (after a reflexive
 * particle) and never leaves fewer than MIN_STEM letters, so short words stay
 * whole rather than matching half the dictionary.
 */
const MIN_STEM = 4;

const REFLEXIVE = ['ся', 'сь', 'ться'];

/** Case endings of nouns and adjectives and present-tense verb endings of both languages, longest first. */
const ENDINGS = [
  'ами',
  'ями',
  'ими',
  'іми',
  'ого',
  'его',
  'ому',
  'ему',
  'ові',
  'еві',
  'єві',
  'ють',
  'уть',
  'ешь',
  'ишь',
  'ємо',
  'емо',
  'имо',
  'ете',
  'ите',
  'ах',
  'ях',
  'ам',
  'ям',
  'ів',
  'їв',
  'ов',
  'ев',
  'ей',
  'ой',
  'ий',
  'ій',
  'ый',
  'ої',
  'ою',
  'ею',
  'єю',
  'ью',
  'ом',
  'ем',
  'им',
  'ім',
  'ым',
  'их',
  'іх',
  'ых',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ую',
  'юю',
  'ує',
  'ає',
  'яє',
  'ет',
  'ит',
  'ут',
  'ют',
  'ат',
  'ят',
  'а',
  'я',
  'о',
  'е',
  'є',
  'у',
  'ю',
  'і',
  'ї',
  'и',
  'ы',
  'ь',
  'й',
].sort((a, b) => b.length - a.length);

/**
 * Past tense and infinitive: the ending goes, the vowel before it stays, so
 * every form of the verb shares the stem ("пропали", "пропал" → "пропа";
 * "загубив", "загубила", "загубити" → "загуби"). Only after a vowel, so
 * "крісла" loses its case ending instead.
 */
const VERB_ENDINGS = /(?<=[аяеєиіїоуюы])(?:ла|ло|ли|л|в|ти|ть)$/;

const CONSONANT = /[бвгґджзйклмнпрстфхцчшщ]/;

/** "куртку" → "курт", "квитка" → "квит", "квиток" → "квит", "загубила" → "загуби"; lower case, ё as е. */
export function slavicStem(word: string): string {
  let stem = word.toLowerCase().replaceAll('ё', 'е');
  // A four-letter word loses only a case ending ("чужу" → "чуж", "зала" → "зал"); "кіно" and "пиво" stay whole.
  if (stem.length === MIN_STEM) return /[уюаяіиыеє]$/.test(stem) ? stem.slice(0, -1) : stem;
  if (stem.length < MIN_STEM) return stem;
  const reflexive = REFLEXIVE.find((ending) => stem.endsWith(ending) && stem.length - ending.length >= MIN_STEM);
  if (reflexive) stem = stem.slice(0, -reflexive.length);
  const verb = VERB_ENDINGS.exec(stem);
  const ending = verb && verb.index >= MIN_STEM ? verb[0] : ENDINGS.find((candidate) => stem.endsWith(candidate) && stem.length - candidate.length >= MIN_STEM);
  if (ending) stem = stem.slice(0, -ending.length);
  // A vowel that comes and goes between forms ("квиток" / "квитка", "кошелёк" / "кошелька"): cut back to
  // the part every form shares.
  const fleeting = /(?:[ое]|ь)к$/.test(stem) ? 2 : /[^аеєиіїоуюяыэ]к$/.test(stem) && CONSONANT.test(stem.at(-2) ?? '') ? 1 : 0;
  if (fleeting > 0 && stem.length - fleeting >= MIN_STEM) stem = stem.slice(0, -fleeting);
  return stem;
}
