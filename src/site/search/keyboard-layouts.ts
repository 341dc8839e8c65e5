/**
 * Codes are Latin letters, but a phone set to Ukrainian or Russian types
 * Cyrillic on the same keys: "TKT" comes out as "ЕЛЕ". These maps follow the
 * standard ЙЦУКЕН layouts key by key, so a code typed on the wrong layout can
 * still be recognised.
 */
const LATIN_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.";
const RUSSIAN_KEYS = 'йцукенгшщзхъфывапролджэячсмитьбю';
const UKRAINIAN_KEYS = 'йцукенгшщзхїфівапролджєячсмитьбю';

const cyrillicToLatin = new Map<string, string>();
for (const layout of [RUSSIAN_KEYS, UKRAINIAN_KEYS]) {
  [...layout].forEach((letter, index) => {
    cyrillicToLatin.set(letter, LATIN_KEYS[index]!);
  });
}

/** `еле` → `tkt`: what the same keys give on a Latin layout; other characters are kept. */
export function latinFromCyrillicKeys(text: string): string {
  return [...text.toLowerCase()].map((letter) => cyrillicToLatin.get(letter) ?? letter).join('');
}

/** `tkt` → the Russian and Ukrainian layouts' letters for the same keys (`еле`, `еле`), without repeats. */
export function cyrillicKeysFor(latin: string): string[] {
  const onLayout = (layout: string) => [...latin.toLowerCase()].map((letter) => layout[LATIN_KEYS.indexOf(letter)] ?? letter).join('');
  return [...new Set([onLayout(RUSSIAN_KEYS), onLayout(UKRAINIAN_KEYS)])];
}
