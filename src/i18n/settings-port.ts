import type { Lang } from './translate.js';

/** What each person chose for themselves, kept durably (the language the bot answers them in). */
export interface SettingsStore {
  /** The language a person chose (`language pt-BR`), or undefined for the organisation default. */
  language(email: string): Promise<Lang | undefined>;
  setLanguage(email: string, language: Lang): Promise<void>;
}
