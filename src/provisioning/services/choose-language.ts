import type { SettingsStore } from '../../i18n/settings-port.js';
import { LANGS, type Lang, parseLang } from '../../i18n/translate.js';

/** `language pt-BR`: remembers the language a person is answered in; undefined when it is not one the bot speaks. */
export async function chooseLanguage(
  store: Pick<SettingsStore, 'setLanguage'>,
  email: string,
  given: string,
): Promise<Lang | undefined> {
  const lang = parseLang(given);
  if (!lang || !LANGS.includes(lang)) return undefined;
  await store.setLanguage(email, lang);
  return lang;
}

/**
 * The language each person is answered in: their own choice, else the organisation's. A store that
 * cannot be read gives the default (logged): an answer in the default language beats no answer.
 */
export function languageOf(
  settings: Pick<SettingsStore, 'language'>,
  defaultLanguage: Lang,
  logger: { warn(details: object, message: string): void },
): (email: string) => Promise<Lang> {
  return async (email) => {
    try {
      return (await settings.language(email)) ?? defaultLanguage;
    } catch (error) {
      logger.warn({ err: error }, 'reading a language choice failed; answering in the default language');
      return defaultLanguage;
    }
  };
}
