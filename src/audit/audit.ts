// audit(url, options): three fresh browser contexts per page (before / refuse / accept), then findings.
import type { Browser } from 'playwright-core'

import { launchBrowser } from './browser.js'
import { pageFindings } from './findings.js'
import { runPhase } from './phase.js'
import type { PhaseOutcome, PhaseSettings } from './phase.js'
import { site } from './site.js'
import type { AuditOptions, AuditPage, Report } from './types.js'
import { VERSION } from './version.js'

const BANNER_WAIT_MS = 5000

function number(option: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new TypeError(`consentry: audit: ${option}: pass a positive number (got ${JSON.stringify(value)})`)
  }
  return value
}

function hosts(value: unknown): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || value.some(host => typeof host !== 'string' || !/^\.?[a-z0-9.-]+$/i.test(host))) {
    throw new TypeError(`consentry: audit: allowHosts: pass host names such as ["cdn.example.com"] (got ${JSON.stringify(value)})`)
  }
  return value.map(host => host.toLowerCase())
}

/** A phase not run: there was nothing to click. */
const skipped = (before: PhaseOutcome, name: 'refuse' | 'accept'): PhaseOutcome => ({
  phase: {
    skipped: before.banner ? `no ${name} button on the first layer` : 'no banner found',
    clicked: null, cookies: [], storage: [], requests: [], pageErrors: [], screenshot: null
  },
  status: before.status, banner: null, notes: []
})

/** One page: before first (it tells whether there is a banner), then refuse, then accept. */
async function auditPage(url: string, settings: PhaseSettings, maxCookieDays: number, progress: (text: string) => void) {
  let started = Date.now()
  progress(`${url}: before any choice`)
  let before = await runPhase('before', url, settings)
  // The banner showed once: give it the full timeout to show again in the next contexts.
  let later = { ...settings, bannerWaitMs: settings.timeoutMs }
  progress(`${url}: refuse`)
  let refuse = before.banner?.refuse ? await runPhase('refuse', url, later) : skipped(before, 'refuse')
  progress(`${url}: accept`)
  let accept = before.banner?.accept ? await runPhase('accept', url, later) : skipped(before, 'accept')
  let findings = pageFindings({ url, before, refuse, accept }, maxCookieDays)
  let page: AuditPage = {
    url,
    status: before.status,
    banner: before.banner?.info ?? { found: false, accept: null, refuse: null },
    phases: { before: before.phase, refuse: refuse.phase, accept: accept.phase },
    durationMs: Date.now() - started
  }
  return { page, findings }
}

/**
 * Audits pages of one site in Chromium: what it sets and calls before a choice, after Refuse and
 * after Accept, and how its banner offers the choice. Rejects with an `AuditError` when the audit
 * cannot run (no browser, unreachable site) and with a `TypeError` on bad options.
 *
 * @example
 * import { audit } from 'consentry/audit'
 * const report = await audit('http://127.0.0.1:8080/', { pages: ['/', '/article'], lang: 'fr' })
 * for (const finding of report.findings) console.log(finding.id, finding.message)
 */
export async function audit(url: string, options: AuditOptions = {}): Promise<Report> {
  let timeout = number('timeout', options.timeout, 30)
  let maxCookieDays = number('maxCookieDays', options.maxCookieDays, 395)
  let audited = site(url, options.pages, hosts(options.allowHosts))
  if (options.lang !== undefined && (typeof options.lang !== 'string' || !/^[a-z]{2,3}(-[a-z0-9]+)*$/i.test(options.lang))) {
    throw new TypeError(`consentry: audit: lang: pass a language tag such as "fr" or "de-AT" (got ${JSON.stringify(options.lang)})`)
  }
  let progress = options.onProgress ?? (() => {})
  let startedAt = new Date()
  let browser: Browser = options.browser ?? (await launchBrowser())
  try {
    let settings: PhaseSettings = {
      browser, site: audited, lang: options.lang ?? null, timeoutMs: timeout * 1000,
      bannerWaitMs: Math.min(timeout * 1000, BANNER_WAIT_MS), screenshots: options.screenshots !== false
    }
    let report: Report = {
      version: 1,
      url,
      startedAt: startedAt.toISOString(),
      durationMs: 0,
      tool: `consentry ${VERSION} (Chromium ${browser.version()})`,
      options: { lang: settings.lang, allowHosts: audited.allowHosts, maxCookieDays, timeout },
      pages: [],
      findings: []
    }
    for (let [index, page] of audited.pages.entries()) {
      progress(`page ${index + 1}/${audited.pages.length}: ${page}`)
      let result = await auditPage(page, settings, maxCookieDays, progress)
      report.pages.push(result.page)
      report.findings.push(...result.findings)
    }
    report.durationMs = Date.now() - startedAt.getTime()
    return report
  } finally {
    if (!options.browser) await browser.close().catch(() => {})
  }
}
