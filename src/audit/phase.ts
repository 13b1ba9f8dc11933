// One phase of a page audit in a fresh browser context: load, settle, find the banner, click
// (refuse or accept), settle, reload, then read cookies, storage and a screenshot. Every wait is bounded.
import type { Browser, BrowserContext, ElementHandle, Page } from 'playwright-core'

import { findBanner } from './banner.js'
import type { FoundBanner } from './banner.js'
import { classifyCookies, classifyStorage } from './classify.js'
import { AuditError, shortMessage } from './errors.js'
import { shown, storageKeys } from './in-page.js'
import { watchNetwork } from './network.js'
import type { NetworkWatch } from './network.js'
import type { Site } from './site.js'
import type { AuditPhase, FindingId } from './types.js'

export type PhaseName = 'before' | 'refuse' | 'accept'

/** Something that went wrong in a phase and becomes a finding. */
export interface PhaseNote {
  id: Extract<FindingId, 'click-failed' | 'navigated-away' | 'page-timeout'>
  message: string
  evidence: string[]
}

export interface PhaseSettings {
  browser: Browser
  site: Site
  lang: string | null
  /** Bound for a page load and for each step after it. */
  timeoutMs: number
  /** How long to look for a banner that has not shown yet. */
  bannerWaitMs: number
  screenshots: boolean
}

export interface PhaseOutcome {
  phase: AuditPhase
  status: number | null
  banner: FoundBanner | null
  notes: PhaseNote[]
}

const SETTLE_MS = 5000
const HIDE_MS = 3000

/** Loads a URL (or reloads), waits for `load` and a quiet network, all bounded; notes a slow page. */
async function load(page: Page, network: NetworkWatch, settings: PhaseSettings, notes: PhaseNote[], url: string | null) {
  let timeout = settings.timeoutMs
  // 'commit', then the load states: a navigation the page starts (and stayOnOrigin cancels) must not
  // leave goto waiting for a document that never comes.
  let response = await (url === null ? page.reload({ waitUntil: 'commit', timeout }) : page.goto(url, { waitUntil: 'commit', timeout }))
  await page.waitForLoadState('domcontentloaded', { timeout }).catch(() => {})
  let loaded = await page.waitForLoadState('load', { timeout }).then(() => true, () => false)
  if (!loaded) {
    notes.push({ id: 'page-timeout', message: `${page.url()} did not finish loading within ${timeout / 1000} s`, evidence: [] })
  }
  await network.settle(Math.min(timeout, SETTLE_MS))
  return response
}

/** Main-frame navigations to another origin are blocked: only the audited origin is visited. */
async function stayOnOrigin(page: Page, site: Site, notes: PhaseNote[]): Promise<void> {
  await page.route('**/*', async route => {
    let request = route.request()
    let elsewhere = request.isNavigationRequest() && request.frame() === page.mainFrame() && new URL(request.url()).origin !== site.origin
    if (!elsewhere) return route.fallback()
    notes.push({ id: 'navigated-away', message: `the page tried to leave ${site.origin}; the audit stayed`, evidence: [request.url()] })
    // A 204 answer cancels the navigation and leaves the page where it was (an abort would show an error page).
    return route.fulfill({ status: 204, body: '' })
  })
}

/** The button stays shown after a choice (banners may fade out for a second or two first). */
async function stillThere(button: ElementHandle): Promise<boolean> {
  let deadline = Date.now() + HIDE_MS
  while (await button.evaluate(shown).catch(() => false)) {
    if (Date.now() >= deadline) return true
    await new Promise(resolve => setTimeout(resolve, 200))
  }
  return false
}

/** Clicks, falling back to a DOM click when the element is covered or moving; notes a failure. */
async function click(found: FoundBanner, name: 'accept' | 'refuse', page: Page, settings: PhaseSettings, notes: PhaseNote[]) {
  let button = found[name]
  if (!button) return
  let label = found.info[name]
  try {
    await button.click({ timeout: Math.min(settings.timeoutMs, 10000) })
  } catch {
    await button.evaluate(el => (el as HTMLElement).click()).catch((error: unknown) => {
      notes.push({ id: 'click-failed', message: `could not click ${name} ("${label}")`, evidence: [shortMessage(error)] })
    })
  }
}

/**
 * Runs one phase of one page and closes its context.
 *
 * @example
 * let { phase, banner } = await runPhase('before', 'https://www.example.com/', settings)
 */
export async function runPhase(name: PhaseName, url: string, settings: PhaseSettings): Promise<PhaseOutcome> {
  let context: BrowserContext = await settings.browser.newContext({
    viewport: { width: 1280, height: 800 },
    ignoreHTTPSErrors: true,
    ...(settings.lang ? { locale: settings.lang } : {})
  })
  context.setDefaultTimeout(settings.timeoutMs)
  let notes: PhaseNote[] = []
  let pageErrors: string[] = []
  try {
    let network = watchNetwork(context, settings.site)
    let page = await context.newPage()
    page.on('pageerror', error => pageErrors.push(shortMessage(error)))
    await stayOnOrigin(page, settings.site, notes)
    let response = await load(page, network, settings, notes, url).catch((error: unknown) => {
      throw new AuditError(`could not load ${url}: ${shortMessage(error)}`)
    })
    let landed = new URL(page.url()).origin
    if (landed !== settings.site.origin) {
      throw new AuditError(`${url} redirected to ${page.url()}: only ${settings.site.origin} is audited, audit that URL instead`)
    }
    let banner = await findBanner(page, settings.bannerWaitMs, settings.lang)
    let phase: AuditPhase = { clicked: null, cookies: [], storage: [], requests: network.requests, pageErrors, screenshot: null }
    if (name !== 'before') {
      let button = banner?.[name]
      if (!banner || !button) {
        return { phase: { ...phase, skipped: banner ? `no ${name} button on the first layer` : 'no banner found' }, status: response?.status() ?? null, banner, notes }
      }
      phase.clicked = name
      network.markClick()
      let errorsBefore = pageErrors.length
      await click(banner, name, page, settings, notes)
      await network.settle(Math.min(settings.timeoutMs, SETTLE_MS))
      await page.waitForLoadState('load', { timeout: settings.timeoutMs }).catch(() => {})
      let stillShown = await stillThere(button)
      if (stillShown && !notes.some(note => note.id === 'click-failed')) {
        notes.push({ id: 'click-failed', message: `clicking ${name} ("${banner.info[name]}") left the banner open`, evidence: pageErrors.slice(errorsBefore) })
      }
      // The next page view must remember the choice too.
      await load(page, network, settings, notes, null).catch((error: unknown) => {
        notes.push({ id: 'page-timeout', message: `reloading ${url} after ${name} failed`, evidence: [shortMessage(error)] })
      })
    }
    await collect(page, context, settings, phase)
    return { phase, status: response?.status() ?? null, banner, notes }
  } finally {
    await context.close().catch(() => {})
  }
}

/** Cookies, storage keys and the screenshot at the end of the phase. */
async function collect(page: Page, context: BrowserContext, settings: PhaseSettings, phase: AuditPhase): Promise<void> {
  phase.cookies = classifyCookies(await context.cookies(), settings.site, Date.now())
  phase.storage = classifyStorage(await page.evaluate(storageKeys).catch(() => []))
  if (settings.screenshots) {
    let image = await page.screenshot({ type: 'jpeg', quality: 60, timeout: settings.timeoutMs }).catch(() => null)
    phase.screenshot = image ? `data:image/jpeg;base64,${image.toString('base64')}` : null
  }
}
