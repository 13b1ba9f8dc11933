// `consentry`: the engine with its banner, cross-tab sync and GPC built in.
export { createConsent } from '../create-consent.js'
export type { ConsentUI, ConsentUIConfig } from '../create-consent.js'
export { addLocale } from '../i18n/registry.js'
export type { Texts } from '../i18n/types.js'
export type { Theme, Position, ReopenPlace } from '../ui/options.js'
export type * from '../core/types.js'
// Jurisdictions: the built-in region → policy table, to spread into a site's own `policies`.
export { BUILT_IN_POLICIES } from '../jurisdictions/table.js'
export type { Policy } from '../jurisdictions/table.js'
