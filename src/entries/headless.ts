// `consentry/headless`: the same engine, never renders.
export { createConsent } from '../core/consent.js'
export type * from '../core/types.js'
