// Issue checks 1–3 on the script-tag example: nothing before a decision, refusal kept, consent
// loads the analytics script exactly once per page, before `load` on later visits.
import { describe, expect, test } from 'vitest'
import type { BrowserContext } from 'playwright-core'

import { parseConsentCookie } from '../../src/entries/server.js'
import { action, banner, seen, useBrowser } from './helpers.js'

let env = useBrowser()

async function decision(context: BrowserContext) {
  let cookie = (await context.cookies()).find(cookie => cookie.name === 'consentry')
  return parseConsentCookie(cookie?.value, { revision: 1, categories: ['analytics'] })
}

describe('script-tag example', () => {
  test('requests no analytics and sets no cookie before any click', async () => {
    let { page } = await env.open()
    env.server.resetCounts()
    await page.goto(env.server.url + '/')
    await banner(page).waitFor()
    expect(await seen(action(page, 'accept'))).toBe(true)
    expect(env.server.count('/analytics.js')).toBe(0)
    expect(await page.evaluate(() => document.cookie)).toBe('')
  })

  test('keeps refusing after Reject, across a reload', async () => {
    let { context, page } = await env.open()
    env.server.resetCounts()
    await page.goto(env.server.url + '/')
    await action(page, 'reject').click()
    expect(await seen(banner(page))).toBe(false)
    expect(env.server.count('/analytics.js')).toBe(0)
    let stored = await decision(context)
    expect(stored?.method).toBe('reject-all')
    expect(stored?.categories.analytics).toBe(false)

    await page.reload({ waitUntil: 'load' })
    await page.waitForFunction(() => 'consentry' in window)
    expect(await banner(page).count()).toBe(0)
    expect(env.server.count('/analytics.js')).toBe(0)
    expect((await context.cookies()).map(cookie => cookie.name)).toEqual(['consentry'])
  })

  test('loads analytics exactly once after Accept, and before load on the next visit', async () => {
    let { context, page } = await env.open()
    env.server.resetCounts()
    await page.goto(env.server.url + '/')
    await action(page, 'accept').click()
    await page.locator('[data-fake-analytics]').waitFor()
    expect(env.server.count('/analytics.js')).toBe(1)
    expect(await seen(banner(page))).toBe(false)
    expect((await decision(context))?.method).toBe('accept-all')

    env.server.resetCounts()
    await page.reload({ waitUntil: 'load' })
    await page.waitForFunction(() => 'consentry' in window)
    expect(await seen(banner(page))).toBe(false)
    expect(env.server.count('/analytics.js')).toBe(1)
    let run = await page.evaluate(() => (window as any).fakeAnalytics)
    expect(run.runs).toBe(1)
    expect(run.readyState).not.toBe('complete')
    expect(await page.locator('[data-fake-analytics]').count()).toBe(1)
  })

  test('offers the privacy page at the policy link', async () => {
    let { page } = await env.open()
    await page.goto(env.server.url + '/')
    await banner(page).locator('a[href="/confidentialite"]').click()
    await page.waitForURL('**/confidentialite')
    expect(await page.locator('h1').textContent()).toBe('Politique de confidentialité')
    await banner(page).waitFor()
  })

  test('withdraws consent from the page control and stops loading analytics', async () => {
    let { context, page } = await env.open()
    await page.goto(env.server.url + '/')
    await action(page, 'accept').click()
    await page.locator('button[data-consentry-open]').first().click()
    let prefs = page.locator('[data-consentry="preferences"]')
    await prefs.locator('[data-consentry-action="reject"]').click()
    expect((await decision(context))?.categories.analytics).toBe(false)
    env.server.resetCounts()
    await page.reload({ waitUntil: 'load' })
    expect(env.server.count('/analytics.js')).toBe(0)
  })
})

describe('withdrawal in Chromium', () => {
  test("deletes the category's cookies on the host, parent domains and parent paths", async () => {
    let { context, page } = await env.open()
    // A real hostname with a parent domain, served by Playwright (no DNS): www.shop.test/a/b/.
    let html =
      '<!doctype html><title>Shop</title>' +
      '<script type="application/json" id="consentry-config">' +
      '{"categories":{"analytics":{"cookies":["_gid","_ga","_ga_ABC"]}}}</script>' +
      '<script src="/consentry.iife.js"></script>'
    await context.route('http://www.shop.test/**', route =>
      route.request().url().endsWith('.js')
        ? route.fulfill({ path: 'dist/consentry.iife.js', contentType: 'text/javascript' })
        : route.fulfill({ body: html, contentType: 'text/html' })
    )
    await page.goto('http://www.shop.test/a/b/page')
    await page.evaluate(() => {
      ;(window as any).consentry.acceptAll()
      // What analytics tags set: on the parent domain (with and without the dot), the host, and
      // the page's directory; plus a cookie no category lists.
      document.cookie = '_ga=1; path=/; domain=shop.test'
      document.cookie = '_ga_ABC=2; path=/a; domain=.shop.test'
      document.cookie = '_gid=3; path=/a/b'
      document.cookie = '_gid=4; path=/; domain=www.shop.test'
      document.cookie = 'theme=dark; path=/'
    })
    let names = async (): Promise<string[]> => (await context.cookies()).map(cookie => cookie.name).sort()
    expect(await names()).toEqual(['_ga', '_ga_ABC', '_gid', '_gid', 'consentry', 'theme'])
    await page.evaluate(() => (window as any).consentry.rejectAll())
    expect(await names()).toEqual(['consentry', 'theme'])
  })
})
