// The ESM example: the package's own dist/ imported by a page, whenGranted after Accept.
import { expect, test } from 'vitest'

import { action, banner, useBrowser } from './helpers.js'

let env = useBrowser()

test('runs the whenGranted loader once after Accept in the ESM example', async () => {
  let { page } = await env.open()
  let errors: string[] = []
  page.on('pageerror', e => errors.push(e.message))
  env.server.resetCounts()
  await page.goto(env.server.url + '/npm/')
  await banner(page).waitFor()
  expect(await page.locator('#status').textContent()).toBe('waiting for your choice')
  expect(env.server.count('/analytics.js')).toBe(0)
  await action(page, 'accept').click()
  await page.locator('[data-fake-analytics]').waitFor({ state: 'attached' })
  expect(await page.locator('#status').textContent()).toBe('on')
  expect(env.server.count('/analytics.js')).toBe(1)
  expect(errors).toEqual([])
})
