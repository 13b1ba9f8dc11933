// Issue checks 6–10: strict CSP, hostile host CSS, 320 px, Accept = Reject, RTL.
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'

import { action, articlePage, banner, dialog, opener, seen, useBrowser } from './helpers.js'

let env = useBrowser()

/** Computed style of an element, for the listed properties. */
let styles = (page: Page, name: string, props: string[]) =>
  action(page, name).evaluate((el, list) => {
    let style = getComputedStyle(el)
    let box = el.getBoundingClientRect()
    let out: Record<string, string> = { width: box.width.toFixed(0), height: box.height.toFixed(0) }
    for (let property of list) out[property] = style.getPropertyValue(property)
    return out
  }, props)

test('renders styled under default-src self without a CSP violation', async () => {
  env.server.page('/t/csp', articlePage())
  env.server.headers('/t/csp', { 'Content-Security-Policy': "default-src 'self'" })
  let { page } = await env.open()
  await page.goto(env.server.url + '/t/csp')
  await banner(page).waitFor()
  let look = await banner(page).evaluate(el => {
    let style = getComputedStyle(el)
    return { position: style.position, background: style.backgroundColor }
  })
  expect(look.position).toBe('fixed')
  expect(look.background).not.toBe('rgba(0, 0, 0, 0)')
  let button = await styles(page, 'accept', ['background-color', 'cursor'])
  expect(button['background-color']).not.toBe('rgba(0, 0, 0, 0)')
  expect(Number(button.height)).toBeGreaterThanOrEqual(24)
  await opener(page).click()
  await dialog(page).waitFor()
  expect(await page.evaluate(() => (window as any).__csp)).toEqual([])
})

const HOSTILE = `
* { all: unset !important; }
button { display: none !important; }
div, section, aside, dialog { visibility: hidden !important; opacity: 0 !important; }
p, h2, span { font-size: 2px !important; color: transparent !important; }
`

test('stays visible and usable under a hostile host stylesheet', async () => {
  env.server.page('/t/hostile.css', HOSTILE)
  env.server.page('/t/hostile', articlePage({ head: '<link rel="stylesheet" href="/t/hostile.css">' }))
  let { page } = await env.open()
  env.server.resetCounts()
  await page.goto(env.server.url + '/t/hostile')
  await banner(page).waitFor()
  expect(await seen(banner(page))).toBe(true)
  for (let name of ['accept', 'reject']) expect(await seen(action(page, name)), name).toBe(true)
  let accept = await styles(page, 'accept', ['font-size'])
  expect(parseFloat(accept['font-size'])).toBeGreaterThanOrEqual(12)
  await action(page, 'accept').click()
  await page.locator('[data-fake-analytics]').waitFor({ state: 'attached' })
  expect(env.server.count('/analytics.js')).toBe(1)
})

test('fits a 320 px viewport with large targets and the focus never covered', async () => {
  let { page } = await env.open({ viewport: { width: 320, height: 640 } })
  await page.goto(env.server.url + '/')
  await banner(page).waitFor()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  let buttons = await banner(page).locator('button').all()
  expect(buttons.length).toBeGreaterThanOrEqual(2)
  for (let button of buttons) {
    let box = (await button.boundingBox())!
    expect(box.width, String(await button.textContent())).toBeGreaterThanOrEqual(24)
    expect(box.height, String(await button.textContent())).toBeGreaterThanOrEqual(24)
  }
  // Tab through the whole page: whatever has focus is not hidden under the banner (WCAG 2.4.11).
  let covered: string[] = []
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab')
    let hit = await page.evaluate(() => {
      let el = document.activeElement as HTMLElement
      if (!el || el === document.body) return null
      let rect = el.getBoundingClientRect()
      let top = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)
      return el.contains(top) || top?.contains(el) ? null : `${el.tagName} "${el.textContent?.trim()}" under ${top?.tagName}`
    })
    if (hit) covered.push(hit)
  }
  expect(covered).toEqual([])
})

test('styles Accept and Reject identically', async () => {
  let { page } = await env.open()
  await page.goto(env.server.url + '/')
  await banner(page).waitFor()
  let props = [
    'background-color', 'color', 'border-top', 'border-right', 'border-bottom', 'border-left',
    'border-radius', 'font-family', 'font-size', 'font-weight', 'font-style', 'padding', 'text-decoration-line',
    'box-shadow', 'opacity'
  ]
  expect(await styles(page, 'reject', props)).toEqual(await styles(page, 'accept', props))
})

test('lays the banner out right to left in Arabic', async () => {
  env.server.page('/t/ar', articlePage({ lang: 'ar', after: '<script src="/dist/locales/ar.iife.js"></script>' }))
  let { page } = await env.open()
  await page.goto(env.server.url + '/t/ar')
  await banner(page).waitFor()
  let layout = await banner(page).evaluate(el => ({
    direction: getComputedStyle(el).direction,
    dir: el.closest('[dir]')?.getAttribute('dir'),
    lang: el.closest('[lang]')?.getAttribute('lang'),
    text: el.textContent
  }))
  expect(layout.direction).toBe('rtl')
  expect(layout.dir).toBe('rtl')
  expect(layout.lang).toBe('ar')
  expect(layout.text).toMatch(/[\u0600-\u06FF]/)
  // The first button in reading order sits to the right of the next one (or ends further right).
  let buttons = banner(page).locator('[data-consentry-action]')
  let first = (await buttons.nth(0).boundingBox())!
  let second = (await buttons.nth(1).boundingBox())!
  if (Math.abs(first.y - second.y) < 4) expect(first.x).toBeGreaterThan(second.x)
  else expect(first.x + first.width).toBeGreaterThanOrEqual(second.x + second.width - 1)
})
