import { afterEach } from 'vitest'

import { createConsent } from '../../src/create-consent.js'
import type { ConsentUI, ConsentUIConfig } from '../../src/create-consent.js'
import * as preferences from '../../src/ui/preferences/dialog.js'
import { providePreferences } from '../../src/ui/preferences/load.js'
import { clearCookies } from '../helpers/dom.js'

/**
 * Creates banner instances that are destroyed after each test, with cookies, body, <html lang>
 * and adopted sheets reset, so tests cannot leak into each other.
 */
export function useBanner(): (config: ConsentUIConfig) => ConsentUI {
  let made: ConsentUI[] = []
  afterEach(() => {
    for (let consent of made) consent.destroy()
    made = []
    clearCookies()
    document.body.innerHTML = ''
    document.documentElement.lang = ''
    document.documentElement.removeAttribute('style')
    document.adoptedStyleSheets = []
  })
  return config => {
    // The dialog is the second layer, loaded on demand (test/ui/preferences/load.test.ts); here
    // it is at hand so that opening it is synchronous, as in consentry/testing.
    providePreferences(preferences)
    let consent = createConsent(config)
    made.push(consent)
    return consent
  }
}

/** The element for a selector, failing loudly when it is missing. */
export function query(selector: string, root: ParentNode = document): HTMLElement {
  let el = root.querySelector<HTMLElement>(selector)
  if (!el) throw new Error(`${selector} not found`)
  return el
}

export const banner = (): HTMLElement | null => document.querySelector('[data-consentry="banner"]')
export const dialog = (): HTMLDialogElement | null => document.querySelector('[data-consentry="preferences"]')

/** Clicks the button with this data-consentry-action inside `root`. */
export function act(root: ParentNode, action: string): void {
  query(`[data-consentry-action="${action}"]`, root).click()
}

/** Dispatches a keydown on the focused element (bubbling, cancelable, like a real key). */
export function key(name: string, shiftKey = false): KeyboardEvent {
  let event = new KeyboardEvent('keydown', { key: name, shiftKey, bubbles: true, cancelable: true })
  ;(document.activeElement || document.body).dispatchEvent(event)
  return event
}
