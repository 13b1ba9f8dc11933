// The banner's layouts (box, bar, cloud) at 320, 390 and 1280 px, light and dark, French and
// English: inside the viewport, no horizontal scroll, Accept = Reject, where each layout belongs;
// switches that keep native semantics; theme 'auto' following the page's color-scheme.
import { expect, test } from 'vitest'

import { action, articlePage, axe, banner, dialog, opener, useBrowser } from './helpers.js'

let env = useBrowser()

const HEIGHTS: Record<number, number> = { 320: 640, 390: 844, 1280: 800 }

for (let layout of ['box', 'bar', 'cloud']) {
  for (let width of [320, 390, 1280]) {
    test(`lays out ${layout} at ${width} px in light/dark, fr/en`, async () => {
      for (let [theme, lang] of [['light', 'fr'], ['dark', 'en']]) {
        let path = `/t/look-${layout}-${width}-${theme}`
        env.server.page(path, articlePage({ lang, attrs: `data-layout="${layout}" data-theme="${theme}"` }))
        let { page, context } = await env.open({ viewport: { width, height: HEIGHTS[width] } })
        await page.goto(env.server.url + path)
        await banner(page).waitFor()
        expect(await banner(page).getAttribute('class')).toBe(`consentry ${theme} panel ${layout} bottom`)
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
        let box = (await banner(page).boundingBox())!
        expect(box.x).toBeGreaterThanOrEqual(0)
        expect(box.x + box.width).toBeLessThanOrEqual(width)
        expect(box.y + box.height).toBeLessThanOrEqual(HEIGHTS[width])
        let accept = (await action(page, 'accept').boundingBox())!
        let reject = (await action(page, 'reject').boundingBox())!
        expect([reject.width, reject.height]).toEqual([accept.width, accept.height])
        if (layout === 'bar') expect([box.x, box.width, box.y + box.height]).toEqual([0, width, HEIGHTS[width]])
        // A box keeps to its corner (the end side) on wide screens; a cloud is centred.
        if (layout === 'box' && width === 1280) expect(box.width).toBeLessThanOrEqual(24 * 16 + 1)
        if (layout === 'box' && width === 1280) expect(width - (box.x + box.width)).toBeLessThan(box.x)
        if (layout === 'cloud') expect(Math.abs(box.x - (width - box.x - box.width))).toBeLessThanOrEqual(1)
        if (width === 390 && layout === 'box') expect(await axe(page)).toEqual([])
        await context.close()
      }
    })
  }
}

test('draws switches on native checkboxes and keeps them accessible', async () => {
  let { page } = await env.open({ viewport: { width: 390, height: 844 } })
  await page.goto(env.server.url + '/')
  await opener(page).click()
  await dialog(page).waitFor()
  let analytics = dialog(page).getByRole('switch', { name: /Mesure d'audience/ })
  let look = await analytics.evaluate(el => {
    let input = el as HTMLInputElement
    let style = getComputedStyle(input)
    return { type: input.type, appearance: style.appearance, width: input.offsetWidth, height: input.offsetHeight, off: style.backgroundColor }
  })
  expect(look.type).toBe('checkbox')
  expect(look.appearance).toBe('none')
  expect(look.width).toBeGreaterThan(look.height)
  await analytics.press('Space')
  expect(await analytics.isChecked()).toBe(true)
  expect(await analytics.evaluate(el => getComputedStyle(el).backgroundColor)).not.toBe(look.off)
  // Save is secondary: outlined, unlike Accept all and Reject all, which stay equal.
  let fill = (name: string) => dialog(page).locator(`[data-consentry-action="${name}"]`).evaluate(el => getComputedStyle(el).backgroundColor)
  expect(await fill('accept')).toBe(await fill('reject'))
  expect(await fill('save')).not.toBe(await fill('accept'))
  // Enregistrer is not left alone beside an empty slot: it takes the whole row.
  let save = (await dialog(page).locator('[data-consentry-action="save"]').boundingBox())!
  let row = (await dialog(page).locator('[data-consentry-action="save"]').evaluate(el => el.parentElement!.getBoundingClientRect().width))
  expect(Math.round(save.width)).toBe(Math.round(row))
  expect(await axe(page)).toEqual([])
})

for (let [declaration, expected] of [
  ['<meta name="color-scheme" content="dark">', 'dark'],
  ['<style>:root { color-scheme: dark }</style>', 'dark'],
  ['<meta name="color-scheme" content="light dark">', 'auto']
]) {
  test(`follows the page with theme auto: ${declaration} gives ${expected}`, async () => {
    let path = '/t/scheme-' + expected + declaration.length
    env.server.page(path, articlePage({ head: declaration }))
    let { page } = await env.open({ colorScheme: 'light' })
    await page.goto(env.server.url + path)
    await banner(page).waitFor()
    expect(await banner(page).getAttribute('class')).toContain(`consentry ${expected} `)
  })
}
