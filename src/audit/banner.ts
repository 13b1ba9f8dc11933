// Finding the banner and its accept and refuse buttons: Consentry's data attributes first, then
// role and accessible name in every frame (iframes, open shadow roots), polling until it shows.
import type { ElementHandle, Frame, JSHandle, Page } from 'playwright-core'

import { lookOf, scanFrame } from './in-page.js'
import type { Scan } from './in-page.js'
import type { AuditBanner } from './types.js'
import { normalizeName, phrases } from './words.js'

/** Consent libraries recognized by their root element: [name, selector]. */
export const LIBRARIES: Array<[string, string]> = [
  ['consentry', '[data-consentry="banner"]'],
  ['vanilla-cookieconsent', '#cc-main .cm'],
  ['klaro', '.klaro .cookie-notice, .klaro .cookie-modal'],
  ['tarteaucitron', '#tarteaucitronAlertBig, #tarteaucitronRoot'],
  ['cookieconsent (Osano)', '.cc-window'],
  ['OneTrust', '#onetrust-banner-sdk'],
  ['Cookiebot', '#CybotCookiebotDialog'],
  ['Didomi', '#didomi-host, .didomi-popup'],
  ['Axeptio', '#axeptio_overlay'],
  ['Usercentrics', '#usercentrics-root'],
  ['CookieYes', '.cky-consent-container'],
  ['Complianz', '.cmplz-cookiebanner']
]

export interface FoundBanner {
  info: AuditBanner
  accept: ElementHandle | null
  refuse: ElementHandle | null
}

/** Longest names first: "tout refuser" beats "refuser"; an exact name beats a name that contains it. */
function score(name: string, wanted: string[]): number {
  let normal = normalizeName(name)
  if (normal === '' || normal.split(' ').length > 6) return 0
  let best = 0
  for (let phrase of wanted) {
    if (normal === phrase) best = Math.max(best, 1000 + phrase.length)
    else if (` ${normal} `.includes(` ${phrase} `)) best = Math.max(best, phrase.length)
  }
  return best
}

/** The index of the best match for `button`; a name that reads as refuse never counts as accept. */
export function pickButton(names: string[], button: 'accept' | 'refuse', lang?: string | null): number {
  let refuse = phrases('refuse', lang)
  let wanted = button === 'accept' ? phrases('accept', lang) : refuse
  let bestIndex = -1
  let bestScore = 0
  names.forEach((name, index) => {
    let value = score(name, wanted)
    if (button === 'accept' && score(name, refuse) > 0) value = 0
    if (value > bestScore) {
      bestScore = value
      bestIndex = index
    }
  })
  return bestIndex
}

async function element(scan: JSHandle<Scan>, pick: (scan: Scan) => Element | null): Promise<ElementHandle | null> {
  let handle = await scan.evaluateHandle(pick)
  return handle.asElement()
}

/** Scans one frame; null when it has nothing that looks like a banner. */
async function scan(frame: Frame, lang: string | null): Promise<FoundBanner | null> {
  let handle = await frame.evaluateHandle(scanFrame, LIBRARIES)
  let data = await handle.evaluate(found => ({
    names: found.names,
    consentry: found.consentry !== null,
    library: found.library,
    cookieBox: found.cookieBox
  }))
  let frameName = frame.parentFrame() ? frame.url() : 'main'
  if (data.consentry) {
    let accept = await element(handle, found => found.consentry?.accept ?? null)
    let refuse = await element(handle, found => found.consentry?.refuse ?? null)
    let names = await handle.evaluate(found => [found.consentry?.accept, found.consentry?.refuse].map(el => el?.textContent?.trim() || null))
    let info: AuditBanner = { found: true, accept: names[0], refuse: names[1], library: 'consentry', via: 'data-consentry', frame: frameName }
    return { info, accept, refuse }
  }
  let acceptIndex = pickButton(data.names, 'accept', lang)
  let refuseIndex = pickButton(data.names, 'refuse', lang)
  if (acceptIndex < 0 && refuseIndex < 0 && !data.library && !data.cookieBox) return null
  let byIndex = async (index: number): Promise<ElementHandle | null> =>
    index < 0 ? null : (await handle.evaluateHandle((found, i) => found.buttons[i], index)).asElement()
  let info: AuditBanner = {
    found: true,
    accept: acceptIndex < 0 ? null : data.names[acceptIndex],
    refuse: refuseIndex < 0 ? null : data.names[refuseIndex],
    via: 'role-and-name',
    frame: frameName
  }
  if (data.library) info.library = data.library
  return { info, accept: await byIndex(acceptIndex), refuse: await byIndex(refuseIndex) }
}

/** The better of two finds: buttons beat a bare box, both buttons beat one. */
const rank = (found: FoundBanner | null): number =>
  found === null ? -1 : Number(found.accept !== null) + Number(found.refuse !== null)

/**
 * Looks for the banner in every frame until one with both buttons shows or `waitMs` passes.
 *
 * @example
 * let banner = await findBanner(page, 5000, 'fr')
 * if (banner?.refuse) await banner.refuse.click()
 */
export async function findBanner(page: Page, waitMs: number, lang: string | null): Promise<FoundBanner | null> {
  let deadline = Date.now() + waitMs
  let best: FoundBanner | null = null
  for (;;) {
    for (let frame of page.frames()) {
      // A frame that navigates or detaches mid-scan is simply skipped this round.
      let found = await scan(frame, lang).catch(() => null)
      if (rank(found) > rank(best)) best = found
    }
    if (rank(best) === 2 || Date.now() >= deadline) break
    await page.waitForTimeout(Math.min(250, Math.max(0, deadline - Date.now())))
  }
  if (best) await describeLooks(best)
  return best
}

/** Adds the computed looks of both buttons, to compare their prominence. */
async function describeLooks(found: FoundBanner): Promise<void> {
  let accept = found.accept ? await found.accept.evaluate(lookOf).catch(() => undefined) : undefined
  let refuse = found.refuse ? await found.refuse.evaluate(lookOf).catch(() => undefined) : undefined
  if (accept || refuse) found.info.looks = { accept, refuse }
}
