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

/** Noun, adjective and verb endings of both languages, longest first so "ами" wins over "и". */
const ENDINGS = [
  'ували', 'ювали', 'ування',
  'ують', 'юють', 'ання', 'ення', 'ення', 'ість', 'ості',
  'ами', 'ями', 'ими', 'іми', 'ого', 'ому', 'ему', 'ові', 'еві', 'єві', 'ати', 'яти', 'ити', 'іти', 'ути', 'ать', 'ять',
  'ить', 'еть', 'уть', 'ють', 'ете', 'ите', 'ємо', 'емо', 'имо', 'ала', 'ало', 'али', 'ила', 'ило', 'или', 'ела', 'ело',
  'ели', 'ула', 'уло', 'ули', 'яла', 'яло', 'яли', 'ого', 'ами', 'ешь', 'ишь', 'ает', 'яет', 'ует', 'ают', 'яют', 'уют',
  'ах', 'ях', 'ам', 'ям', 'ів', 'їв', 'ов', 'ев', 'ей', 'ой', 'ий', 'ій', 'ый', 'ої', 'ою', 'ею', 'єю', 'ью', 'ом', 'ем',
  'им', 'ім', 'ым', 'их', 'іх', 'ых', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ую', 'юю', 'ав', 'яв', 'ив', 'ув', 'ал', 'ял',
  'ил', 'ел', 'ул', 'ла', 'ло', 'ли', 'ує', 'ає', 'яє', 'ет', 'ит', 'ут', 'ют', 'ат', 'ят', 'ти',
  'а', 'я', 'о', 'е', 'є', 'у', 'ю', 'і', 'ї', 'и', 'ы', 'ь', 'й',
].sort((a, b) => b.length - a.length);

const CONSONANT = /[бвгґджзйклмнпрстфхцчшщ]/;

/** "куртку" → "куртк", "квитка" → "квит", "квиток" → "квит", "загубила" → "загуб"; lower case, ё as е. */
export function slavicStem(word: string): string {
  let stem = word.toLowerCase().replaceAll('ё', 'е');
  // A four-letter word loses only a case ending ("чужу" → "чуж", "зала" → "зал"); "кіно" and "пиво" stay whole.
  if (stem.length === MIN_STEM) return /[уюаяіиыеє]$/.test(stem) ? stem.slice(0, -1) : stem;
  if (stem.length < MIN_STEM) return stem;
  const reflexive = REFLEXIVE.find((ending) => stem.endsWith(ending) && stem.length - ending.length >= MIN_STEM);
  if (reflexive) stem = stem.slice(0, -reflexive.length);
  const ending = ENDINGS.find((candidate) => stem.endsWith(candidate) && stem.length - candidate.length >= MIN_STEM);
  if (ending) stem = stem.slice(0, -ending.length);
  // A vowel that comes and goes between forms ("квиток" / "квитка", "кошелёк" / "кошелька"): cut back to
  // the part every form shares.
  const fleeting = /(?:[ое]|ь)к$/.test(stem) ? 2 : /[^аеєиіїоуюяыэ]к$/.test(stem) && CONSONANT.test(stem.at(-2) ?? '') ? 1 : 0;
  if (fleeting > 0 && stem.length - fleeting >= MIN_STEM) stem = stem.slice(0, -fleeting);
  return stem;
}
