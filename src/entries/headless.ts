// `consentry/headless`: the same engine, never renders.
export { createConsent } from '../core/consent.js'
export type {
  CategoryOptions,
  Consent,
  ConsentConfig,
  ConsentEvents,
  CookieOptions,
  Decision,
  DecisionMethod,
  LoaderOptions,
  ScriptOptions,
  Unbind
} from '../core/types.js'
