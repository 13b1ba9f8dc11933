// The embed placeholder of the full drop-in: present for iframes parsed after a tag in <head>
// (issue 18 #1), styled like the banner with its own scoped reset, accessible, fitting 320 px.
import { expect, test } from 'vitest'

import { axe, banner, useBrowser } from './helpers.js'

let env = useBrowser()

/** The full drop-in in <head>, and two embeds in the body, below it. */
function headPage(lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Embeds</title>
<link rel="stylesheet" href="/site.css">
<script src="/dist/consentry.full.iife.js" data-lang="${lang}" data-categories="analytics marketing"></script>
</head><body><main><h1>Video</h1>
<iframe data-consent="marketing" data-src="/t/frame" title="Demo video" width="560" height="315"></iframe>
<p>Text after the video.</p></main></body></html>`
}

test('gives iframes parsed after a tag in <head> their placeholder', async () => {
  env.server.page('/t/frame', '<!doctype html><title>Video</title><p>The video</p>')
  env.server.page('/t/head-embed', headPage())
  let { page } = await env.open()
  await page.goto(env.server.url + '/t/head-embed')
  let box = page.locator('[data-consentry="embed"]')
  await box.waitFor()
  expect(await box.getAttribute('aria-label')).toBe('Demo video')
  expect(await box.locator('button').allTextContents()).toEqual(['Load once', 'Always allow'])
  expect(await page.locator('iframe[title="Demo video"]').isVisible()).toBe(false)
  await box.locator('button', { hasText: 'Load once' }).click()
  await expect.poll(() => page.frameLocator('iframe[title="Demo video"]').locator('p').textContent()).toBe('The video')
})

test('styles the placeholder like the banner, whatever the page’s fonts, under a strict CSP', async () => {
  env.server.page('/t/frame', '<!doctype html><title>Video</title><p>The video</p>')
  env.server.page('/t/embed-csp', headPage('fr'))
  env.server.headers('/t/embed-csp', { 'Content-Security-Policy': "default-src 'self'" })
  let { page } = await env.open()
  await page.goto(env.server.url + '/t/embed-csp')
  let box = page.locator('[data-consentry="embed"]')
  await box.waitFor()
  let look = await box.evaluate(el => {
    let button = el.querySelector('button')!
    let bannerButton = document.querySelector('.consentry [data-consentry-action="accept"]')!
    return {
      font: getComputedStyle(el).fontFamily,
      bannerFont: getComputedStyle(document.querySelector('.consentry')!).fontFamily,
      radius: getComputedStyle(el).borderTopLeftRadius,
      buttonBackground: getComputedStyle(button).backgroundColor,
      bannerButtonBackground: getComputedStyle(bannerButton).backgroundColor
    }
  })
  expect(look.font).toBe(look.bannerFont)
  expect(look.font).not.toContain('Georgia')
  expect(parseFloat(look.radius)).toBeGreaterThan(0)
  expect(look.buttonBackground).toBe(look.bannerButtonBackground)
  expect(await page.evaluate(() => (window as any).__csp)).toEqual([])
})

test('fits the placeholder in 320 px with targets of 24 px and no axe violation', async () => {
  env.server.page('/t/frame', '<!doctype html><title>Video</title><p>The video</p>')
  env.server.page('/t/embed-320', headPage())
  let { page } = await env.open({ viewport: { width: 320, height: 640 } })
  await page.goto(env.server.url + '/t/embed-320')
  await banner(page).waitFor()
  let box = page.locator('[data-consentry="embed"]')
  await box.waitFor()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  let outer = (await box.boundingBox())!
  expect(outer.x + outer.width).toBeLessThanOrEqual(320)
  for (let button of await box.locator('button').all()) {
    let size = (await button.boundingBox())!
    expect(size.height).toBeGreaterThanOrEqual(24)
    expect(size.x + size.width).toBeLessThanOrEqual(outer.x + outer.width)
  }
  expect(await axe(page)).toEqual([])
})
