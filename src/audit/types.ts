// The audit report, version 1: what `audit()` returns, what `--json` writes and what the HTML
// report is built from. Fields are only ever added within a version.

/** How a cookie, storage key or request was recognized. */
export type Kind = 'tracker' | 'consent' | 'unclassified'

export interface AuditCookie {
  name: string
  domain: string
  path: string
  /** Seconds since the epoch; -1 for a session cookie. */
  expires: number
  /** Lifetime from the moment it was read, in whole days (0 for a session cookie). */
  days: number
  party: 'first' | 'third'
  kind: Kind
  /** The vendor when `kind` is 'tracker' (e.g. 'Google'). */
  vendor?: string
}

export interface AuditStorageKey {
  area: 'localStorage' | 'sessionStorage'
  key: string
  kind: Kind
  vendor?: string
}

export interface AuditRequest {
  url: string
  host: string
  /** Playwright's resource type: script, image, xhr, fetch, ping, document… */
  type: string
  /** Sent before the click (or with no click at all), or after it (the click, the settle and one reload). */
  when: 'before-click' | 'after-click'
  kind: 'tracker' | 'unclassified'
  vendor?: string
}

export interface AuditPhase {
  /** Why this phase did not run (no banner, no such button); absent when it ran. */
  skipped?: string
  /** The button clicked, or null for the "before" phase. */
  clicked: 'accept' | 'refuse' | null
  cookies: AuditCookie[]
  storage: AuditStorageKey[]
  /** Requests to hosts other than the audited one and the allowed hosts. */
  requests: AuditRequest[]
  /** Errors thrown by the page's own scripts during the phase. */
  pageErrors: string[]
  /** A `data:image/jpeg;base64,…` URL of the viewport at the end of the phase, or null. */
  screenshot: string | null
}

/** What the computed style of a banner button looks like, to compare refuse with accept. */
export interface ButtonLook {
  text: string
  tag: string
  /** 'button' when it has a background or a border of its own, else 'link'. */
  shape: 'button' | 'link'
  width: number
  height: number
  fontSize: number
  color: string
  background: string
  /** WCAG contrast ratio of its text against the background behind it. */
  contrast: number
}

export interface AuditBanner {
  found: boolean
  /** The accept button's accessible name, or null when none was found. */
  accept: string | null
  refuse: string | null
  /** The consent library recognized, when one was (consentry, vanilla-cookieconsent, klaro, …). */
  library?: string
  /** How the button was found: Consentry's data attributes, or by role and name. */
  via?: 'data-consentry' | 'role-and-name'
  /** 'main' or the URL of the iframe the banner lives in. */
  frame?: string
  looks?: { accept?: ButtonLook; refuse?: ButtonLook }
}

export interface AuditPage {
  url: string
  /** HTTP status of the document, or null when there was no response. */
  status: number | null
  banner: AuditBanner
  phases: { before: AuditPhase; refuse: AuditPhase; accept: AuditPhase }
  /** Milliseconds the three phases took. */
  durationMs: number
}

export type FindingId =
  | 'no-banner'
  | 'no-refuse-first-layer'
  | 'refuse-less-prominent'
  | 'tracker-cookie-before-choice'
  | 'tracker-request-before-choice'
  | 'tracker-storage-before-choice'
  | 'third-party-cookie-before-choice'
  | 'third-party-request-before-choice'
  | 'tracker-cookie-after-refuse'
  | 'tracker-request-after-refuse'
  | 'tracker-storage-after-refuse'
  | 'third-party-cookie-after-refuse'
  | 'third-party-request-after-refuse'
  | 'cookie-too-long'
  | 'click-failed'
  | 'navigated-away'
  | 'page-timeout'

export interface Finding {
  id: FindingId
  severity: 'error' | 'warning'
  /** The page URL. */
  page: string
  phase: 'before' | 'refuse' | 'accept' | null
  message: string
  /** What was seen: cookie names, request URLs, computed styles… */
  evidence: string[]
}

export interface Report {
  version: 1
  /** The audited origin's start URL, as given. */
  url: string
  startedAt: string
  durationMs: number
  /** The tool that wrote it, e.g. 'consentry 0.1.0 (Chromium 156.0.8078.129)'. */
  tool: string
  options: { lang: string | null; allowHosts: string[]; maxCookieDays: number; timeout: number }
  pages: AuditPage[]
  findings: Finding[]
}

export interface AuditOptions {
  /** Paths (or same-origin URLs) to audit; default ['/'] — the path of `url` when it has one. */
  pages?: string[]
  /** Browser language (Accept-Language, navigator.language), e.g. 'fr'. Its words are tried first. */
  lang?: string
  /** Third-party hosts that do not count (your CDN…); a leading '.' also allows subdomains. */
  allowHosts?: string[]
  /** Cookies of trackers and consent cookies may live this many days at most; default 395 (13 months). */
  maxCookieDays?: number
  /** Seconds allowed for one page load and for each step after it; default 30. */
  timeout?: number
  /** Take screenshots (default true). */
  screenshots?: boolean
  /** A playwright-core Browser to use instead of launching Chromium (it is left open). */
  browser?: import('playwright-core').Browser
  /** Told what the audit is doing, for progress output. */
  onProgress?: (message: string) => void
}
