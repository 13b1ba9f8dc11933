// `consentry/server`: no DOM — read the decision cookie, serialize a decision, find the region.
export { parseConsentCookie } from '../server/parse-cookie.js'
export type { ServerParseOptions } from '../server/parse-cookie.js'
export { serializeDecision } from '../core/cookie-format.js'
export type { Decision, DecisionMethod } from '../core/types.js'
export { regionFromHeaders } from '../jurisdictions/headers.js'
export type { HeadersLike } from '../jurisdictions/headers.js'
export type { Policy } from '../jurisdictions/table.js'
