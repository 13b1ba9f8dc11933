// The npm build opens the preferences dialog from a dynamic import: nothing of it is loaded until
// the visitor (or the site) asks for it, and a click that comes first is not lost.
import { afterEach, beforeEach, expect, it, vi } from 'vitest'

import { clearCookies, flush } from '../../helpers/dom.js'

let destroy: Array<() => void> = []

beforeEach(() => {
  // A fresh module graph: the loader's cache starts empty, as on a new page.
  vi.resetModules()
})

afterEach(() => {
  for (let stop of destroy.splice(0)) stop()
  clearCookies()
  document.body.innerHTML = ''
})

const dialog = (): HTMLDialogElement | null => document.querySelector('[data-consentry="preferences"]')

async function create(): Promise<import('../../../src/create-consent.js').ConsentUI> {
  let { createConsent } = await import('../../../src/create-consent.js')
  let consent = createConsent({ categories: ['analytics', 'marketing'] })
  destroy.push(() => consent.destroy())
  return consent
}

it('loads nothing of the dialog until it is asked for', async () => {
  await create()
  let { loadedPreferences } = await import('../../../src/ui/preferences/load.js')
  expect(loadedPreferences()).toBeUndefined()
})

it('opens the dialog once its module arrives, with focus inside', async () => {
  let consent = await create()
  consent.showPreferences()
  // Asynchronous: the module is being imported.
  expect(dialog()).toBeNull()
  await vi.waitFor(() => expect(dialog()).not.toBeNull())
  expect(dialog()!.contains(document.activeElement)).toBe(true)
})

it('keeps a Customize click made before the module arrived, and opens one dialog', async () => {
  await create()
  let customize = document.querySelector<HTMLElement>('[data-consentry-action="customize"]')!
  customize.click()
  customize.click()
  await vi.waitFor(() => expect(dialog()).not.toBeNull())
  await flush()
  expect(document.querySelectorAll('[data-consentry="preferences"]')).toHaveLength(1)
})

it('opens synchronously once the module is there', async () => {
  let consent = await create()
  consent.showPreferences()
  await vi.waitFor(() => expect(dialog()).not.toBeNull())
  dialog()!.close()
  consent.showPreferences()
  expect(dialog()).not.toBeNull()
})
