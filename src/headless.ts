export { createConsent } from './consent.js'
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
