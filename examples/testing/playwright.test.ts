// Browser tests of a site's consent setup: Playwright (playwright-core) + vitest, real Chromium,
// the site served on 127.0.0.1. Locators find the banner by role and name, like a visitor would;
// consentry/testing gives the decision cookie (consentCookie) and reads it back (readDecision).
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest'
import { chromium } from 'playwright-core'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { consentCookie, readDecision } from 'consentry/testing'

import { chromiumPath } from '../../scripts/chromium.js'
import { consentConfig } from './consent.js'

const root = new URL('../../', import.meta.url)
// URL path → file; /analytics.js stands for the analytics tag and is counted.
const files: Record<string, URL> = {
  '/': new URL('examples/testing/site/index.html', root),
  '/app.js': new URL('examples/testing/site/app.js', root),
  '/consent.js': new URL('examples/testing/consent.js', root),
  '/js-cookie.mjs': new URL('node_modules/js-cookie/dist/js.cookie.mjs', root)
}
let analyticsRequests = 0
let server = createServer(async (req, res) => {
  let path = new URL(req.url!, 'http://x').pathname
  if (path === '/analytics.js') analyticsRequests++
  let file = files[path] || (/^\/dist\/[\w.-]+\.js$/.test(path) ? new URL('.' + path, root) : null)
  let body =
    path === '/analytics.js'
      ? 'window.analyticsRuns = (window.analyticsRuns || 0) + 1'
      : file && (await readFile(file).catch(() => null))
  if (!body) return res.writeHead(404).end()
  res.writeHead(200, { 'content-type': path === '/' ? 'text/html' : 'text/javascript' }).end(body)
})

let browser: Browser
let context: BrowserContext
let page: Page
let url: string

beforeAll(async () => {
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
})
afterAll(async () => {
  await browser?.close()
  server.close()
})
beforeEach(async () => {
  analyticsRequests = 0
  context = await browser.newContext()
  page = await context.newPage()
})
afterEach(() => context.close())

let banner = () => page.getByRole('region', { name: 'This site uses cookies' })
let analyticsRuns = () => page.evaluate(() => (window as { analyticsRuns?: number }).analyticsRuns ?? 0)

it('loads no analytics before consent', async () => {
  await page.goto(url)
  await expect.poll(() => banner().isVisible()).toBe(true)
  expect(await analyticsRuns()).toBe(0)
  expect(analyticsRequests).toBe(0)
  expect(await readDecision(page)).toBeNull()
})

it('loads analytics exactly once after Accept', async () => {
  await page.goto(url)
  await page.getByRole('button', { name: 'Accept' }).click()
  await expect.poll(analyticsRuns).toBe(1)
  expect(analyticsRequests).toBe(1)
  expect(await banner().count()).toBe(0)
  expect((await readDecision(page))?.method).toBe('accept-all')
})

it('loads no analytics after Reject, on this page or the next', async () => {
  await page.goto(url)
  await page.getByRole('button', { name: 'Reject' }).click()
  expect((await readDecision(page))?.categories.analytics).toBe(false)
  await page.reload({ waitUntil: 'networkidle' })
  expect(await banner().count()).toBe(0)
  expect(await analyticsRuns()).toBe(0)
  expect(analyticsRequests).toBe(0)
})

it('starts past the banner with a consent cookie', async () => {
  await context.addCookies([consentCookie({ analytics: true }, { url, revision: consentConfig.revision })])
  await page.goto(url)
  await expect.poll(analyticsRuns).toBe(1)
  expect(await banner().count()).toBe(0)
})
