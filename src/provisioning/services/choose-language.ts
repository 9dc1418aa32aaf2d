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
