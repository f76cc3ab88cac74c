// A validation message in both languages, carried through zod's single message string.
const SEPARATOR = '\u241f';

export const bilingual = (en: string, zh: string): string => `${en}${SEPARATOR}${zh}`;

/** Splits a message made by `bilingual`; a plain message serves both languages. */
export function splitBilingual(message: string): { en: string; zh: string } {
  const [en, zh] = message.split(SEPARATOR);
  return { en, zh: zh ?? en };
}
