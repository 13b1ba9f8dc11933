// Issue 14 in Chromium: an opt-out page (data-region="US-CA") runs its categories at load and
// stops the sale ones after "Do Not Sell or Share"; under GPC they never run; an opt-in page is
// as before; the control and its dialog are axe clean.
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'

import { axe, banner, seen, useBrowser } from './helpers.js'

let env = useBrowser()

// analytics shares data here (sale: true); marketing sells by default. preferences never does.
const CONFIG = '{"categories":{"analytics":{"sale":true},"marketing":{"cookies":["_ads"]},"preferences":{}}}'

/** A page whose blocked scripts count their runs, with the drop-in for `region`. */
function storePage(region: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Store</title></head><body>
<main><h1>Store</h1><p>Prices, products and a footer link.</p></main>
<footer><a href="/privacy" data-consentry-open>Your privacy choices</a></footer>
<script type="text/plain" data-consent="analytics">window.analyticsRuns = (window.analyticsRuns || 0) + 1</script>
<script type="text/plain" data-consent="preferences">window.preferencesRuns = (window.preferencesRuns || 0) + 1</script>
<script type="application/json" id="consentry-config">${CONFIG}</script>
<script src="/dist/consentry.iife.js" data-region="${region}"></script>
<script>
consentry.whenGranted('marketing', function () { document.cookie = '_ads=1; path=/'; window.adsRunning = true },
  { onRevoke: function () { window.adsRunning = false } })
</script>
</body></html>`
}

const control = (page: Page) => page.locator('[data-consentry="opt-out"]')
const optOutDialog = (page: Page) => page.locator('[data-consentry="opt-out-dialog"]')
const read = (page: Page, name: string) => page.evaluate(key => (window as any)[key], name)

async function openPage(path: string, region: string, gpc = false): Promise<Page> {
  env.server.page(path, storePage(region))
  let { context, page } = await env.open()
  if (gpc) await context.addInitScript('Object.defineProperty(Navigator.prototype, "globalPrivacyControl", { get: () => true })')
  await page.goto(env.server.url + path)
  return page
}

test('an opt-out page runs every category at load and stops the sale ones after Do Not Sell or Share', async () => {
  let page = await openPage('/t/opt-out', 'US-CA')
  await control(page).waitFor()
  expect(await read(page, 'analyticsRuns')).toBe(1)
  expect(await read(page, 'adsRunning')).toBe(true)
  expect(await banner(page).count()).toBe(0)
  expect(await page.evaluate(() => document.cookie)).not.toMatch(/consentry=/)
  expect(await seen(control(page))).toBe(true)

  await control(page).getByRole('button', { name: 'Do Not Sell or Share My Personal Information' }).click()
  await optOutDialog(page).waitFor()
  // Focus moves into the modal dialog.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-consentry-action'))).toBe('confirm-opt-out')
  await optOutDialog(page).getByRole('button', { name: 'Opt out' }).click()
  expect(await read(page, 'adsRunning')).toBe(false)
  let cookies = await page.evaluate(() => document.cookie)
  expect(cookies).toMatch(/consentry=/)
  expect(cookies).not.toMatch(/_ads=/)
  expect(await page.evaluate(() => (window as any).consentry.getDecision().method)).toBe('opt-out')

  // On the next page the sale categories stay off; the others run.
  await page.reload()
  await control(page).waitFor()
  expect(await read(page, 'analyticsRuns')).toBeUndefined()
  expect(await read(page, 'adsRunning')).toBeUndefined()
  expect(await read(page, 'preferencesRuns')).toBe(1)
})

test('a GPC page under opt-out never runs the sale categories and says the signal was honored', async () => {
  let page = await openPage('/t/opt-out-gpc', 'US-CA', true)
  await control(page).waitFor()
  expect(await read(page, 'analyticsRuns')).toBeUndefined()
  expect(await read(page, 'adsRunning')).toBeUndefined()
  expect(await read(page, 'preferencesRuns')).toBe(1)
  expect(await control(page).textContent()).toMatch(/Global Privacy Control signal was honored/)
  expect(await page.evaluate(() => document.cookie)).not.toMatch(/consentry=/)
})

test('an opt-in page is as today: the banner, and nothing before a decision', async () => {
  let page = await openPage('/t/opt-in', 'FR')
  await banner(page).waitFor()
  expect(await read(page, 'analyticsRuns')).toBeUndefined()
  expect(await control(page).count()).toBe(0)
  await banner(page).locator('[data-consentry-action="accept"]').click()
  expect(await read(page, 'analyticsRuns')).toBe(1)
})

test('the opt-out control and its dialog have no axe violations, in English and in Arabic', async () => {
  for (let [path, lang] of [['/t/axe-opt-out-en', 'en'], ['/t/axe-opt-out-ar', 'ar']]) {
    env.server.page(path, storePage('US-CA').replace('<html lang="en">', `<html lang="${lang}">`))
    let { page } = await env.open()
    await page.goto(env.server.url + path)
    await control(page).waitFor()
    expect(await control(page).getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr')
    expect(await axe(page)).toEqual([])
    await control(page).locator('button').click()
    await optOutDialog(page).waitFor()
    expect(await axe(page)).toEqual([])
    // Escape closes it and focus returns to the control.
    await page.keyboard.press('Escape')
    await optOutDialog(page).waitFor({ state: 'detached' })
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-consentry-action'))).toBe('opt-out')
  }
})
