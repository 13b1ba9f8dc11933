export { createConsent } from './full.js'
export type { ConsentUI, ConsentUIConfig } from './full.js'
export { addLocale } from './i18n/registry.js'
export type { Texts } from './i18n/types.js'
export type { Consent, ScriptOptions } from './consent.js'
export type { LoaderOptions } from './loaders.js'
export type {
  CategoryOptions,
  ConsentConfig,
  ConsentEvents,
  CookieOptions,
  Decision,
  DecisionMethod,
  Unbind
} from './types.js'
