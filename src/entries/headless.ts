// `consentry/headless`: the same engine, never renders.
export { createConsent } from '../core/consent.js'
export type * from '../core/types.js'
// Jurisdictions: the built-in region → policy table, to spread into a site's own `policies`.
export { BUILT_IN_POLICIES } from '../jurisdictions/table.js'
export type { Policy } from '../jurisdictions/table.js'
