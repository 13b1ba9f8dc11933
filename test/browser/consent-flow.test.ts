// Issue checks 1–3 on the script-tag example: nothing before a decision, refusal kept, consent
// loads the analytics script exactly once per page, before `load` on later visits.
import { describe, expect, test } from 'vitest'
import type { BrowserContext } from 'playwright-core'

import { parseConsentCookie } from '../../src/server.js'
import { action, banner, seen, useBrowser } from './helpers.js'

let env = useBrowser()

async function decision(context: BrowserContext) {
  let cookie = (await context.cookies()).find(c => c.name === 'consentry')
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
    expect((await context.cookies()).map(c => c.name)).toEqual(['consentry'])
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
