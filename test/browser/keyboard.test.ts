// Issue check 4: keyboard only. Tab reaches Accept and Reject, Enter activates; the preferences
// dialog keeps focus inside, Escape closes it and focus returns to the opener.
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'

import { action, articlePage, banner, dialog, useBrowser } from './helpers.js'

let env = useBrowser()

/** What has focus: its consentry action, else its tag and text. */
let focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    let el = document.activeElement as HTMLElement | null
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement
    return el?.getAttribute('data-consentry-action') || `${el?.tagName} ${el?.textContent?.trim()}`
  })

/** Presses Tab until `name` has focus; fails after `max` presses. */
async function tabTo(page: Page, name: string, max = 40): Promise<void> {
  let seen: string[] = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    let now = await focused(page)
    if (now === name) return
    seen.push(now)
  }
  throw new Error(`Tab never reached "${name}"; focus went through: ${seen.join(' | ')}`)
}

test('reaches Accept and Reject with Tab', async () => {
  let { page } = await env.open()
  await page.goto(env.server.url + '/')
  await action(page, 'accept').waitFor()
  await tabTo(page, 'accept')
  await page.locator('body').evaluate(() => (document.activeElement as HTMLElement).blur())
  await tabTo(page, 'reject')
})

test('rejects with Enter on the focused Reject button', async () => {
  let { context, page } = await env.open()
  await page.goto(env.server.url + '/')
  await action(page, 'reject').waitFor()
  await tabTo(page, 'reject')
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => (window as any).consentry.getDecision()?.method === 'reject-all')
  expect((await context.cookies()).some(cookie => cookie.name === 'consentry')).toBe(true)
})

// The example has one category, so its banner has no Customize button (default): preferences open
// from the page's own "Gérer les cookies" control. A variant enables Customize on the banner.
const OPENERS: Record<string, [attrs: string, name: string]> = {
  'the page control': ['', 'BUTTON Gérer les cookies'],
  'Customize': ['data-preferences="true"', 'customize']
}

for (let [label, [attrs, name]] of Object.entries(OPENERS)) {
  test(`keeps focus inside preferences opened from ${label}, closes on Escape, returns focus`, async () => {
    let path = '/t/keys-' + name.length
    env.server.page(path, articlePage({ attrs }))
    let { page } = await env.open()
    await page.goto(env.server.url + path)
    await banner(page).waitFor()
    await tabTo(page, name)
    await page.keyboard.press('Enter')
    await dialog(page).waitFor()
    let inside = () =>
      dialog(page).evaluate(dialogElement => {
        let el = document.activeElement
        return !!el && el !== document.body && dialogElement.contains(el)
      })
    expect(await inside()).toBe(true)
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab')
      expect(await inside()).toBe(true)
    }
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Shift+Tab')
      expect(await inside()).toBe(true)
    }
    await page.keyboard.press('Escape')
    await dialog(page).waitFor({ state: 'detached' })
    expect(await focused(page)).toBe(name)
  })
}

test('saves a choice made with the keyboard in the dialog', async () => {
  let { page } = await env.open()
  await page.goto(env.server.url + '/')
  await banner(page).waitFor()
  await tabTo(page, 'BUTTON Gérer les cookies')
  await page.keyboard.press('Enter')
  await dialog(page).waitFor()
  // The analytics switch: reached with Tab, toggled with Space, off by default (no pre-ticked box).
  let box = dialog(page).locator('input[type="checkbox"]:not([disabled])').first()
  expect(await box.isChecked()).toBe(false)
  for (let i = 0; i < 10 && !(await box.evaluate(el => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await page.keyboard.press('Space')
  expect(await box.isChecked()).toBe(true)
  await tabTo(page, 'save', 10)
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => (window as any).consentry.getDecision())
  let decision = await page.evaluate(() => (window as any).consentry.getDecision())
  expect(decision.method).toBe('custom')
  expect(decision.categories.analytics).toBe(true)
})
