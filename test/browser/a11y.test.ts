// Issue check 5: axe-core finds no WCAG 2.2 A/AA violation with the banner open and with
// preferences open, in light and dark, in French and English.
import { expect, test } from 'vitest'

import { articlePage, axe, banner, dialog, opener, useBrowser } from './helpers.js'

let env = useBrowser()

for (let lang of ['fr', 'en']) {
  for (let theme of ['light', 'dark']) {
    test(`has no axe violations in ${lang}, ${theme}, banner then preferences`, async () => {
      let path = `/t/axe-${lang}-${theme}`
      env.server.page(path, articlePage({ lang, attrs: `data-theme="${theme}"` }))
      let { page } = await env.open()
      await page.goto(env.server.url + path)
      await banner(page).waitFor()
      expect(await axe(page)).toEqual([])
      await opener(page).click()
      await dialog(page).waitFor()
      expect(await axe(page)).toEqual([])
    })
  }
}
