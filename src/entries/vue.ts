// `consentry/vue`: the Vue binding (vue >= 3.3, an optional peer dependency).
export { ConsentGate, consentPlugin, useConsent, useGranted } from '../frameworks/vue.js'
export type { Setup } from '../frameworks/registry.js'
export type { ConsentUI, ConsentUIConfig } from '../frameworks/engine.js'
