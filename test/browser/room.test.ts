// Issue 18 #2: the floating "Cookie settings" control never hides or blocks page content.
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'

import { action, banner, useBrowser } from './helpers.js'

let env = useBrowser()

/** What sits on top at the centre of the element, described; null when it is the element itself. */
let coveredBy = (page: Page, selector: string): Promise<string | null> =>
  page.locator(selector).evaluate(el => {
    let box = el.getBoundingClientRect()
    let top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
    if (top !== null && (el === top || el.contains(top))) return null
    return `${top?.tagName}.${top?.className} "${top?.textContent?.trim()}"`
  })

/** Refuses on the example page, then scrolls to its very end. */
async function refuseAndScrollDown(page: Page): Promise<void> {
  await page.goto(env.server.url + '/')
  await action(page, 'reject').click()
  await banner(page).waitFor({ state: 'detached' })
  await page.locator('.consentry.reopen').waitFor()
  // Room follows the control's size through a ResizeObserver, which reports before the next paint.
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
}

test('leaves the footer’s privacy link visible and clickable at 1280 px after a refusal', async () => {
  let { page } = await env.open({ viewport: { width: 1280, height: 800 } })
  await refuseAndScrollDown(page)
  let link = 'footer a[href="/confidentialite"]'
  expect(await coveredBy(page, link)).toBeNull()
  // A real click at the link's centre reaches it: the privacy page opens.
  await page.locator(link).click({ trial: false })
  await page.waitForURL(/\/confidentialite$/)
})

test('leaves the footer’s own settings link uncovered at 390 px', async () => {
  let { page } = await env.open({ viewport: { width: 390, height: 844 } })
  await refuseAndScrollDown(page)
  let settings = 'footer [data-consentry-open]'
  expect(await coveredBy(page, settings)).toBeNull()
  expect(await coveredBy(page, 'footer a[href="/confidentialite"]')).toBeNull()
})
