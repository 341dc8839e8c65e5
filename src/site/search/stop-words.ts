/**
 * Words that carry no meaning for finding a procedure. A query need not match
 * them: "the film has no sound" is searched as "film sound". Negations are
 * stop-words too, because search matches words, not sentences. Verbs are not:
 * "took" and "спрашивает" are what tells a stolen coat or a lost-property
 * question from the rest (measured: dropping them lost right answers).
 */
const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(
    `a an the is are was were be been being am do does did done has have had having get gets got getting keep keeps
    i me my mine we us our you your he him his she her they them their it its this that these those there here
    someone somebody something anyone anybody anything everyone nobody nothing one
    in on at to from of for with without by about into onto over under near up down out off as than then
    and or but so if because while when where what which who whom why how
    no not nor never don't doesn't didn't isn't aren't wasn't weren't won't can't cannot couldn't wouldn't
    dont doesnt didnt isnt arent wasnt werent wont cant couldnt wouldnt
    can could will would should shall may might must just very really too also still again anymore any some all
    please help hi hello ok okay`.split(/\s+/),
  ),
  uk: new Set(
    `і й та а але або чи бо що як це цей ця ці той та те ті там тут де коли чому який яка яке які
    в у на з із зі до від по за під над біля без для про через при між після перед
    я мене мені мій моя моє мої ми нас нам наш наша наше наші ти тебе тобі твій ви вас вам ваш ваша ваше ваші
    він його йому вона її їй вони їх їм воно свій своя своє свої себе собі
    хтось щось когось чогось комусь якийсь якась якесь ніхто ніщо нікого
    не ні так дуже вже ще теж також лише тільки просто знову більше
    є був була було були буде бути може можна треба потрібно будь ласка`.split(/\s+/),
  ),
  ru: new Set(
    `и а но или что как это этот эта эти тот та то те там тут где когда почему какой какая какое какие
    в во на с со к ко до от по за под над у около без для про через при между после перед из
    я меня мне мой моя моё мое мои мы нас нам наш наша наше наши ты тебя тебе твой вы вас вам ваш ваша ваше ваши
    он его ему она её ее ей они их им оно свой своя своё свое свои себя себе
    кто-то что-то кого-то чего-то кому-то какой-то какая-то какое-то никто ничего никого
    не ни нет так очень уже ещё еще тоже также только просто снова больше
    есть был была было были будет быть может можно надо нужно пожалуйста`.split(/\s+/),
  ),
};

/** True for a word (lower case) that a query in `language` does not need to match. */
export function isStopWord(word: string, language: string): boolean {
  return STOP_WORDS[language]?.has(word) ?? false;
}
