// Issue 5 in real Chromium, against dist/index.js (ESM): Consent Mode order seen by a fake gtag.js,
// Global Privacy Control, cross-tab decisions, the proof beacon, and the embed placeholder.
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Page } from 'playwright-core'

import { action, axe, banner, useBrowser } from './helpers.js'

let env = useBrowser()

// A proof endpoint on another origin: records every POST body.
let received: string[] = []
let endpoint: Server
let endpointUrl = ''
beforeAll(async () => {
  endpoint = createServer((req, res) => {
    let body = ''
    req.on('data', chunk => (body += chunk))
    req.on('end', () => {
      if (req.method === 'POST') received.push(body)
      res.writeHead(204, { 'Access-Control-Allow-Origin': '*' }).end()
    })
  })
  await new Promise<void>(resolve => endpoint.listen(0, '127.0.0.1', resolve))
  endpointUrl = `http://127.0.0.1:${(endpoint.address() as { port: number }).port}`
})
afterAll(() => new Promise<void>(resolve => endpoint.close(() => resolve())))

/** A page that imports dist/index.js (and the opt-in integrations) and runs `code` with `createConsent` in scope. */
function modulePage(code: string, body = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Integrations</title>
<script type="importmap">{ "imports": { "js-cookie": "/node_modules/js-cookie/dist/js.cookie.mjs" } }</script>
<script type="module">
import '/dist/consent-mode.js'
import '/dist/proof.js'
import '/dist/embeds.js'
import { createConsent } from '/dist/index.js'
${code}
window.ready = true
</script></head><body><main><h1>Integrations</h1>${body}</main></body></html>`
}

async function load(page: Page, path: string): Promise<void> {
  await page.goto(env.server.url + path)
  await page.waitForFunction(() => (window as any).ready === true)
}

// Records the dataLayer as Google's tag would first see it, then keeps watching pushes.
const FAKE_GTAG = `window.seen = Array.prototype.map.call(window.dataLayer, function (entry) {
  return { args: Object.prototype.toString.call(entry) == '[object Arguments]', value: Array.prototype.slice.call(entry) }
})`

test('pushes the Consent Mode default before js and config, and an update on the decision', async () => {
  env.server.page('/t/gcm', modulePage(`
    window.consent = createConsent({ categories: ['analytics', 'marketing'], googleConsentMode: true })
    // The documented order: createConsent first, then Google's snippet, then gtag.js.
    window.dataLayer = window.dataLayer || []
    function gtag() { dataLayer.push(arguments) }
    gtag('js', new Date())
    gtag('config', 'G-TEST')
    let s = document.createElement('script')
    s.src = '/t/fake-gtag.js'
    document.head.append(s)`))
  env.server.page('/t/fake-gtag.js', FAKE_GTAG)
  env.server.headers('/t/fake-gtag.js', { 'Content-Type': 'text/javascript' })
  let { page } = await env.open()
  await load(page, '/t/gcm')
  await page.waitForFunction(() => (window as any).seen)
  let seen = await page.evaluate(() => (window as any).seen)
  expect(seen.map((e: any) => e.value.slice(0, 2))).toEqual([
    ['consent', 'default'],
    ['js', expect.anything()],
    ['config', 'G-TEST']
  ])
  expect(seen[0].args).toBe(true)
  expect(seen[0].value[2]).toMatchObject({ ad_storage: 'denied', analytics_storage: 'denied', wait_for_update: 500 })

  await action(page, 'accept').click()
  let last = await page.evaluate(() => {
    let entry = (window as any).dataLayer.at(-1)
    return { args: Object.prototype.toString.call(entry) === '[object Arguments]', value: Array.from(entry) }
  })
  expect(last).toEqual({
    args: true,
    value: ['consent', 'update', expect.objectContaining({ ad_storage: 'granted', analytics_storage: 'granted' })]
  })

  // Next page load: the stored decision is pushed as an update right after the default.
  await load(page, '/t/gcm')
  await page.waitForFunction(() => (window as any).seen)
  let again = await page.evaluate(() => (window as any).seen.map((e: any) => e.value.slice(0, 2)))
  expect(again.slice(0, 2)).toEqual([
    ['consent', 'default'],
    ['consent', 'update']
  ])
})

/** Makes the browser send Global Privacy Control, before any page script. */
const GPC = "Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true })"

test('honors Global Privacy Control: says so, and accept-all keeps marketing off', async () => {
  env.server.page('/t/gpc', modulePage(`window.consent = createConsent({ categories: ['analytics', 'marketing'] })`))
  let { context, page } = await env.open()
  await context.addInitScript(GPC)
  await load(page, '/t/gpc')
  await expect.poll(() => banner(page).locator('[data-consentry="gpc"]').textContent()).toBe(
    'Your Global Privacy Control signal was honored.'
  )
  await action(page, 'accept').click()
  let decision = await page.evaluate(() => (window as any).consent.getDecision())
  expect(decision).toMatchObject({ method: 'gpc', categories: { analytics: true, marketing: false } })
})

test('decides alone under Global Privacy Control when it covers every category', async () => {
  env.server.page('/t/gpc-all', modulePage(`window.consent = createConsent({ categories: ['marketing'] })`))
  let { context, page } = await env.open()
  await context.addInitScript(GPC)
  await load(page, '/t/gpc-all')
  expect(await banner(page).count()).toBe(0)
  expect(await page.evaluate(() => (window as any).consent.getDecision().method)).toBe('gpc')
})

test('changes nothing without the Global Privacy Control signal', async () => {
  env.server.page('/t/no-gpc', modulePage(`window.consent = createConsent({ categories: ['analytics', 'marketing'] })`))
  let { page } = await env.open()
  await load(page, '/t/no-gpc')
  await banner(page).waitFor()
  expect(await page.locator('[data-consentry="gpc"]').count()).toBe(0)
  await action(page, 'accept').click()
  expect(await page.evaluate(() => (window as any).consent.getDecision().method)).toBe('accept-all')
})

test('applies a decision made in another tab: its banner closes and its loader runs', async () => {
  env.server.page('/t/tabs', modulePage(`
    window.consent = createConsent({ categories: ['analytics'] })
    window.consent.whenGranted('analytics', () => { window.loaded = true })`))
  let { context, page: first } = await env.open()
  let second = await context.newPage()
  await load(first, '/t/tabs')
  await load(second, '/t/tabs')
  await banner(second).waitFor()
  await action(first, 'accept').click()
  await banner(second).waitFor({ state: 'detached' })
  expect(await second.evaluate(() => (window as any).loaded)).toBe(true)
})

test('sends the proof of consent to the endpoint', async () => {
  env.server.page('/t/proof', modulePage(`window.consent = createConsent({ categories: ['analytics'], proofEndpoint: '${endpointUrl}/proof' })`))
  let { page } = await env.open()
  await load(page, '/t/proof')
  received = []
  await action(page, 'reject').click()
  await expect.poll(() => received.length).toBe(1)
  let record = JSON.parse(received[0])
  let decision = await page.evaluate(() => (window as any).consent.getDecision())
  expect(record).toEqual({ ...decision, language: 'en', textsHash: expect.stringMatching(/^[\da-f]{8}$/) })
})

test('offers an accessible embed placeholder that loads with the keyboard', async () => {
  env.server.page('/t/embed-frame', '<!doctype html><title>Video</title><p>The video</p>')
  env.server.page('/t/embed', modulePage(
    `window.consent = createConsent({ categories: ['marketing'] })`,
    `<iframe data-consent="marketing" data-src="/t/embed-frame" title="Demo video" width="560" height="315" style="border:0"></iframe>
     <iframe data-consent="marketing" data-src="/t/embed-frame?2" title="Second video" width="560" height="315"></iframe>`
  ))
  let { page } = await env.open()
  await load(page, '/t/embed')
  let box = page.locator('[data-consentry="embed"]').first()
  await box.waitFor()
  expect(await box.textContent()).toContain('This content is hosted by a third party (127.0.0.1). Loading it may set cookies.')
  let size = await box.boundingBox()
  expect([size!.width, size!.height]).toEqual([560, 315])
  expect(await axe(page)).toEqual([])

  // Tab reaches "Load once" first; Enter loads this embed only and focus moves into it.
  let focused = ''
  for (let i = 0; i < 5 && focused !== 'Load once'; i++) {
    await page.keyboard.press('Tab')
    focused = await page.evaluate(() => document.activeElement?.textContent || '')
  }
  expect(focused).toBe('Load once')
  await page.keyboard.press('Enter')
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('title'))).toBe('Demo video')
  await expect.poll(() => page.frameLocator('iframe[title="Demo video"]').locator('p').textContent()).toBe('The video')
  expect(await page.locator('[data-consentry="embed"]').count()).toBe(1)
  expect(await page.evaluate(() => (window as any).consent.getDecision())).toBeNull()

  // "Always allow" with Space grants marketing: the second embed loads too.
  await page.locator('[data-consentry="embed"] button', { hasText: 'Always allow' }).focus()
  await page.keyboard.press('Space')
  await expect.poll(() => page.locator('[data-consentry="embed"]').count()).toBe(0)
  expect(await page.locator('iframe[title="Second video"]').getAttribute('src')).toBe('/t/embed-frame?2')
  expect(await page.evaluate(() => (window as any).consent.isGranted('marketing'))).toBe(true)
})
