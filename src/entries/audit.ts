// consentry/audit: audit a running site in Chromium (Node only; playwright-core is an optional peer).
export { audit } from '../audit/audit.js'
export { launchBrowser } from '../audit/browser.js'
export { AuditError } from '../audit/errors.js'
export { renderHtml } from '../audit/html.js'
export { formatSummary } from '../audit/summary.js'
export type {
  AuditBanner,
  AuditCookie,
  AuditOptions,
  AuditPage,
  AuditPhase,
  AuditRequest,
  AuditStorageKey,
  ButtonLook,
  Finding,
  FindingId,
  Report
} from '../audit/types.js'
