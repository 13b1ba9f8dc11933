// Services in real Chromium: the drop-in with dist/services.iife.js and a JSON preset list (vendor
// endpoints faked with page.route: no network), the dialog with 3 categories and 10 services under
// axe (light and dark), keyboard only, at 320 px; and the screenshot in docs/.
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'

import { axe, banner, dialog, useBrowser } from './helpers.js'

let env = useBrowser()

const GA_URL = 'https://www.googletagmanager.com/gtag/js?id=G-TEST1'
const SERVICES = [
  { name: 'chat', category: 'functional', label: 'Support chat', provider: 'Acme Ltd', privacyPolicyUrl: 'https://acme.example/privacy',
    cookies: [{ name: 'acme_sid', duration: { days: 30 }, description: 'Keeps the chat session' }] },
  { preset: 'google-maps' },
  { preset: 'google-analytics', id: 'G-TEST1' },
  { preset: 'hotjar', id: '1234567' },
  { preset: 'microsoft-clarity', id: 'abcdef1234' },
  { preset: 'matomo', url: 'https://matomo.example/', siteId: 1 },
  { preset: 'meta-pixel', id: '1234567890' },
  { preset: 'microsoft-uet', id: '987654321' },
  { preset: 'linkedin-insight', partnerId: '123456' },
  { preset: 'youtube' }
]

interface PageOptions {
  services?: unknown[]
  theme?: string
  /** Where services.iife.js goes: before or after the drop-in. */
  addOn?: 'before' | 'after'
}

function servicesPage({ services = SERVICES, theme = 'light', addOn = 'after' }: PageOptions = {}): string {
  let config = JSON.stringify({ categories: ['functional', 'analytics', 'marketing'], privacyPolicyUrl: '/privacy', services })
  let addOnTag = '<script src="/dist/services.iife.js"></script>'
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Services</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="application/json" id="consentry-config">${config}</script>
${addOn === 'before' ? addOnTag : ''}<script src="/dist/consentry.iife.js" data-theme="${theme}"></script>${addOn === 'after' ? addOnTag : ''}
</head><body><main><h1>Shop</h1><p>Welcome.</p>
<script type="text/plain" data-consent="ga4">window.__ga4Inline = (window.__ga4Inline || 0) + 1</script></main></body></html>`
}

/** Opens a page, with every outside request answered by a fake (vendor URLs) and counted. */
async function openPage(path: string, html: string, options = {}): Promise<{ page: Page; requests: string[] }> {
  env.server.page(path, html)
  let { page } = await env.open(options)
  let requests: string[] = []
  await page.route(url => !url.href.startsWith(env.server.url), route => {
    requests.push(route.request().url())
    let body = route.request().url() === GA_URL ? 'window.__gaLoaded = (window.__gaLoaded || 0) + 1' : ''
    return route.fulfill({ status: 200, contentType: 'text/javascript', body })
  })
  await page.goto(env.server.url + path)
  return { page, requests }
}

for (let addOn of ['after', 'before'] as const) {
  test(`loads GA4 from the JSON preset only after consent (services.iife.js ${addOn} the drop-in)`, async () => {
    let { page, requests } = await openPage(`/t/services-${addOn}`, servicesPage({ addOn, services: [{ preset: 'google-analytics', id: 'G-TEST1' }] }))
    await banner(page).waitFor()
    expect(requests).toEqual([])
    expect(await page.evaluate(() => typeof (window as any).gtag)).toBe('undefined')
    await banner(page).locator('[data-consentry-action="accept"]').click()
    await page.waitForFunction(() => (window as any).__gaLoaded === 1 && (window as any).__ga4Inline === 1)
    expect(requests).toEqual([GA_URL])
    expect(await page.evaluate(() => (window as any).consentry.getDecision().services)).toEqual({ ga4: true })
  })
}

test('reports an unknown preset once and keeps it off', async () => {
  let errors: string[] = []
  env.server.page('/t/services-unknown', servicesPage({ services: [{ preset: 'google-analytic', id: 'G-1' }, { preset: 'youtube' }] }))
  let { page } = await env.open()
  page.on('console', message => {
    if (message.type() === 'error' && message.text().includes('[consentry]')) errors.push(message.text())
  })
  await page.goto(env.server.url + '/t/services-unknown')
  await banner(page).waitFor()
  // One error for the preset; the page's GA4 element, now naming no configured service, has its own.
  expect(errors.filter(error => error.includes('"google-analytic"'))).toHaveLength(1)
  expect(errors.filter(error => !error.includes('"google-analytic"')).every(error => error.includes('data-consent names "ga4"'))).toBe(true)
  expect(await page.evaluate(() => (window as any).consentry.config.serviceNames)).toEqual(['youtube'])
})

/** Opens the dialog with every disclosure expanded. */
async function openDialog(page: Page): Promise<void> {
  await banner(page).locator('[data-consentry-action="customize"]').click()
  await dialog(page).waitFor()
  await dialog(page).evaluate(root => {
    for (let details of root.querySelectorAll('details')) details.open = true
  })
  // Cookie tables are built when their disclosure opens.
  await page.waitForFunction(() => document.querySelectorAll('[data-consentry="preferences"] table').length === 10)
}

for (let theme of ['light', 'dark']) {
  test(`has no axe violations with 3 categories and 10 services, ${theme}`, async () => {
    let { page } = await openPage(`/t/services-axe-${theme}`, servicesPage({ theme }))
    await openDialog(page)
    expect(await dialog(page).locator('input[data-service]').count()).toBe(10)
    expect(await axe(page)).toEqual([])
  })
}

test('works with the keyboard alone: open, expand, switch, save', async () => {
  let { page } = await openPage('/t/services-keys', servicesPage())
  await banner(page).waitFor()
  await banner(page).locator('[data-consentry-action="customize"]').focus()
  await page.keyboard.press('Enter')
  await dialog(page).waitFor()
  let focused = (): Promise<string> =>
    page.evaluate(() => {
      let active = document.activeElement as HTMLElement
      return active.dataset.category ?? active.dataset.service ?? active.tagName.toLowerCase() + ':' + active.textContent
    })
  // The first control is the first category's switch; its services' list comes next.
  expect(await focused()).toBe('functional')
  await page.keyboard.press('Tab')
  expect(await focused()).toBe('summary:2 services')
  await page.keyboard.press('Tab')
  expect(await focused()).toBe('analytics')
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  expect(await focused()).toBe('summary:4 services')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  expect(await focused()).toBe('ga4')
  await page.keyboard.press('Space')
  expect(await dialog(page).locator('input[data-category="analytics"]').evaluate(input => (input as HTMLInputElement).indeterminate)).toBe(true)
  // On to Save, the last control: Shift+Tab from the first wraps to it.
  await dialog(page).locator('input[data-category="functional"]').focus()
  await page.keyboard.press('Shift+Tab')
  expect(await focused()).toBe('button:Save')
  await page.keyboard.press('Enter')
  await dialog(page).waitFor({ state: 'detached' })
  let services = await page.evaluate(() => (window as any).consentry.getDecision().services)
  expect(services.ga4).toBe(false)
  expect(services.hotjar).toBe(true)
  expect(services['meta-pixel']).toBe(false)
  // Escape closes a reopened dialog.
  await page.evaluate(() => (window as any).consentry.showPreferences())
  await dialog(page).waitFor()
  await page.keyboard.press('Escape')
  await dialog(page).waitFor({ state: 'detached' })
})

test('fits 320 px without horizontal scroll, cookie tables open', async () => {
  let { page } = await openPage('/t/services-320', servicesPage(), { viewport: { width: 320, height: 640 } })
  await openDialog(page)
  let widths = await dialog(page).evaluate(root => ({
    page: document.documentElement.scrollWidth,
    dialog: root.scrollWidth - root.clientWidth,
    tables: [...root.querySelectorAll('table')].map(table => table.getBoundingClientRect().right <= root.getBoundingClientRect().right)
  }))
  expect(widths.page).toBeLessThanOrEqual(320)
  expect(widths.dialog).toBe(0)
  expect(widths.tables.every(Boolean)).toBe(true)
})

test('takes the screenshot of the dialog with services and a cookie table (docs/services-dialog.png)', async () => {
  let { page } = await openPage('/t/services-shot', servicesPage(), { viewport: { width: 760, height: 900 } })
  await banner(page).locator('[data-consentry-action="customize"]').click()
  await dialog(page).waitFor()
  await dialog(page).evaluate(root => {
    let analytics = root.querySelector('input[data-category="analytics"]')!.closest('section')!
    let list = analytics.querySelector('details')!
    list.open = true
    list.querySelector('li details')!.setAttribute('open', '')
    root.querySelector('input[data-service="ga4"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }))
  })
  await dialog(page).locator('table').waitFor()
  // The docs' picture is refreshed on request (SCREENSHOTS=1): a test run leaves tracked files alone.
  let shot = await dialog(page).screenshot(process.env.SCREENSHOTS ? { path: 'docs/services-dialog.png' } : {})
  expect(shot.length).toBeGreaterThan(1000)
})
