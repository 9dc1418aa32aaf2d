import { LANGS, type Lang, parseLang } from '../../i18n/translate.js';
import type { JobStore } from '../../jobs/store.js';

/** `language pt-BR`: remembers the language a person is answered in; undefined when it is not one the bot speaks. */
export async function chooseLanguage(
  store: Pick<JobStore, 'setLanguage'>,
  email: string,
  given: string,
): Promise<Lang | undefined> {
  const lang = parseLang(given);
  if (!lang || !LANGS.includes(lang)) return undefined;
  await store.setLanguage(email, lang);
  return lang;
}
