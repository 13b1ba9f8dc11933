// The one place the bindings reach the engine. In the build (tsup.config.ts) this module becomes
// an import of 'consentry' itself, so an app that uses a binding and the main entry ships one
// engine, with one locale and integration registry.
export { createConsent } from '../create-consent.js'
export type { ConsentUI, ConsentUIConfig } from '../create-consent.js'
