import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { vi } from './vi';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(x: unknown): x is Language {
  return x === 'vi' || x === 'en';
}

/**
 * One i18next instance per request on the server and one per page in the browser, both from
 * the bundled dictionaries (no fetching of translations, so nothing flickers).
 */
export function createI18n(lng: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: 'vi',
    resources: { vi: { translation: vi }, en: { translation: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  } as Parameters<typeof instance.init>[0]);
  return instance;
}

/** A translator for loaders and actions (meta, error messages) without React. */
export function translator(lng: Language) {
  return createI18n(lng).getFixedT(lng);
}
