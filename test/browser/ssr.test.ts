// examples/ssr in Chromium: a plain Node server renders the banner with renderBanner (the built
// consentry/server) and the deferred drop-in adopts it; strict CSP with a nonce.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Page, Route } from 'playwright-core'

import { action, banner, seen, useBrowser } from './helpers.js'

let env = useBrowser()
interface Site {
  url: string
  close(): Promise<void>
}
let site: Site

beforeAll(async () => {
  // The example as a site runs it (plain JavaScript, importing consentry/server by name).
  let example = '../../examples/ssr/server.js'
  let { start } = (await import(/* @vite-ignore */ example)) as { start(port: number): Promise<Site> }
  site = await start(0)
})
afterAll(async () => {
  await site?.close()
})

// Runs before the page: counts the decisions of the instance the drop-in creates.
const COUNT_DECISIONS = `
window.__decisions = [];
document.addEventListener('consentry:ready', function (event) {
  event.detail.on('decision', function (decision) { window.__decisions.push(decision.method) });
});
`

/** Holds the drop-in's response until `release()`: the page is parsed and painted without it. */
async function holdDropIn(page: Page): Promise<() => void> {
  let release!: () => void
  let released = new Promise<void>(resolve => {
    release = resolve
  })
  await page.route('**/consentry.iife.js', async (route: Route) => {
    await released
    await route.continue()
  })
  return release
}

/** Requests for the fake tracker. */
function countAnalytics(page: Page): () => number {
  let count = 0
  page.on('request', request => {
    if (new URL(request.url()).pathname === '/analytics.js') count++
  })
  return () => count
}

const scriptRan = (page: Page): Promise<boolean> => page.evaluate(() => 'consentry' in window)
const violations = (page: Page): Promise<string[]> => page.evaluate(() => (window as any).__csp)

describe('the HTML response', () => {
  test('carries the banner, ahead of any script, and none once a decision is in the cookie', async () => {
    let response = await fetch(site.url + '/', { headers: { 'accept-language': 'fr-FR,fr;q=0.9' } })
    let html = await response.text()
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'; script-src 'self' 'nonce-/)
    expect(html).toMatch(/<div class="consentry auto panel box bottom" lang="fr"[^>]* data-consentry="banner"/)
    expect(html).toContain('Ce site utilise des cookies')
    // The drop-in is deferred: nothing runs before the banner is parsed.
    expect(html).toMatch(/<script defer src="\/consentry\.iife\.js"/)
    let nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy')!)![1]
    expect(html).toContain(`<style nonce="${nonce}">`)
    expect(html).toContain(`<script nonce="${nonce}">document.addEventListener("click"`)
  })

  test('shows the banner with JavaScript disabled', async () => {
    let { page } = await env.open({ javaScriptEnabled: false })
    await page.goto(site.url + '/')
    expect(await seen(banner(page))).toBe(true)
    expect(await banner(page).locator('h2').textContent()).toBe('This site uses cookies')
    expect(await action(page, 'accept').isVisible()).toBe(true)
    let box = (await banner(page).boundingBox())!
    // Fixed at the bottom of the viewport, styled by the server's <style nonce>.
    expect(box.y + box.height).toBeGreaterThan(700)
    expect(box.y + box.height).toBeLessThanOrEqual(800)
  })
})

describe('with the drop-in', () => {
  test('adopts the very element the server sent, accept works, and a reload has no banner', async () => {
    let { page } = await env.open()
    let analytics = countAnalytics(page)
    let release = await holdDropIn(page)
    await page.goto(site.url + '/', { waitUntil: 'commit' })
    await banner(page).waitFor()
    expect(await seen(banner(page))).toBe(true)
    // A marker on the server's element, set before any of our script ran.
    await banner(page).evaluate(element => {
      ;(element as any).__fromServer = true
    })
    expect(await scriptRan(page)).toBe(false)
    release()
    await page.waitForFunction(() => 'consentry' in window)
    expect(await banner(page).count()).toBe(1)
    expect(await banner(page).evaluate(element => (element as any).__fromServer)).toBe(true)
    expect(await banner(page).getAttribute('data-consentry-ssr')).toBeNull()
    expect(analytics()).toBe(0)
    await action(page, 'accept').click()
    await expect.poll(() => page.locator('#analytics-status').textContent()).toBe('Analytics: on')
    expect(await banner(page).count()).toBe(0)
    expect(analytics()).toBe(1)
    await page.reload()
    await page.waitForFunction(() => 'consentry' in window)
    expect(await banner(page).count()).toBe(0)
    await expect.poll(() => page.locator('#analytics-status').textContent()).toBe('Analytics: on')
    expect(await violations(page)).toEqual([])
  })

  test('applies once a click made before the drop-in loaded', async () => {
    let { page, context } = await env.open()
    await context.addInitScript(COUNT_DECISIONS)
    let errors: string[] = []
    page.on('pageerror', error => errors.push(error.message))
    let analytics = countAnalytics(page)
    let release = await holdDropIn(page)
    await page.goto(site.url + '/', { waitUntil: 'commit' })
    await action(page, 'accept').click()
    expect(await scriptRan(page)).toBe(false)
    expect(await banner(page).getAttribute('data-consentry-ssr')).toBe('accept')
    release()
    await page.waitForFunction(() => 'consentry' in window)
    await expect.poll(() => page.locator('#analytics-status').textContent()).toBe('Analytics: on')
    expect(await page.evaluate(() => (window as any).__decisions)).toEqual(['accept-all'])
    expect(await banner(page).count()).toBe(0)
    expect(analytics()).toBe(1)
    let cookies = await context.cookies()
    expect(cookies.filter(cookie => cookie.name === 'consentry')).toHaveLength(1)
    // The server sees the decision too.
    let again = await page.request.get(site.url + '/')
    expect(await again.text()).not.toContain('data-consentry="banner"')
    expect(await violations(page)).toEqual([])
    expect(errors).toEqual([])
  })
})
