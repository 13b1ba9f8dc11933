import { LANGUAGES } from '../i18n/languages.js'
import * as preferences from '../ui/preferences/dialog.js'
import { providePreferences } from '../ui/preferences/load.js'
import { locales } from '../i18n/registry.js'
import type { Texts } from '../i18n/types.js'

import { accessibleName, clean, doc, getBanner, getPreferences, hidden, queryPreferences } from './find.js'

export type Action = 'accept' | 'reject' | 'customize' | 'save' | 'settings'

// Imported, not copied: a wording change in a locale cannot leave these helpers behind.
const BUILT_IN: Array<Partial<Texts>> = Object.values(LANGUAGES)
const KEYS: Record<Action, Array<keyof Texts>> = {
  accept: ['accept', 'acceptAll'],
  reject: ['reject', 'rejectAll'],
  customize: ['customize'],
  save: ['save'],
  settings: ['settings']
}

/** Every name the action's button has in a built-in or registered language. */
let namesOf = (action: Action): string[] =>
  [...BUILT_IN, ...Object.values(locales)].flatMap(texts => KEYS[action].map(key => clean(texts[key] as string)))

export interface ClickOptions {
  /** Where to look. Default: the open preferences dialog, else the banner. */
  within?: Element
  /** The button's name when the site overrides the built-in texts. */
  name?: string | RegExp
}

const BUTTONS = 'button, [role="button"], input[type="button"], input[type="submit"]'

/**
 * Finds a button by role and accessible name in `within`, else in what `where` gives, else in the
 * open preferences dialog or the banner; clicks it and returns it.
 *
 * @example
 * clickButton('reject', { within: getBanner() })
 */
export function clickButton(action: Action, options: ClickOptions = {}, where?: () => Element): HTMLElement {
  // The preferences dialog is loaded on demand in a site; here it is at hand, so a click on
  // Customize or Cookie settings opens it synchronously and the next helper finds it.
  providePreferences(preferences)
  let container = options.within || (where ? where() : queryPreferences() || getBanner())
  let expected = options.name ?? namesOf(action)
  let matches = (name: string): boolean =>
    expected instanceof RegExp ? expected.test(name) : ([] as string[]).concat(expected).includes(name)
  let buttons = Array.from(container.querySelectorAll<HTMLElement>(BUTTONS)).filter(button => !hidden(button))
  let found = buttons.filter(button => matches(accessibleName(button)))
  // Two buttons with a matching name (e.g. a site text equal to another locale's): the hook decides.
  if (found.length > 1) found = found.filter(button => button.getAttribute('data-consentry-action') === action)
  let button = found[0]
  if (!button) {
    let seen = buttons.map(candidate => JSON.stringify(accessibleName(candidate))).join(', ') || 'none'
    throw new Error(
      `consentry/testing: no "${action}" button in ${describe(container)}. Buttons there: ${seen}. ` +
        'If the site overrides the texts, pass the name: { name: "…" }.'
    )
  }
  if ((button as HTMLButtonElement).disabled || button.getAttribute('aria-disabled') === 'true') {
    throw new Error(`consentry/testing: the "${action}" button ${JSON.stringify(accessibleName(button))} is disabled`)
  }
  button.click()
  return button
}

let describe = (el: Element): string => {
  let hook = el.getAttribute('data-consentry')
  return hook ? `the ${hook}` : `<${el.tagName.toLowerCase()}>`
}

/**
 * Clicks Accept (or Accept all) in the open preferences dialog, else in the banner, found by
 * role and accessible name in any built-in language.
 *
 * @example
 * clickAccept()
 * expect(loaders.analytics.count).toBe(1)
 */
export const clickAccept = (options?: ClickOptions): HTMLElement => clickButton('accept', options)

/**
 * Clicks Reject (or Reject all) in the open preferences dialog, else in the banner.
 *
 * @example
 * clickReject()
 * expect(loaders.analytics.count).toBe(0)
 */
export const clickReject = (options?: ClickOptions): HTMLElement => clickButton('reject', options)

/**
 * Clicks Customize in the banner, which opens the preferences dialog.
 *
 * @example
 * clickCustomize()
 * getPreferences()
 */
export const clickCustomize = (options?: ClickOptions): HTMLElement => clickButton('customize', options, getBanner)

/**
 * Clicks Save in the open preferences dialog (after ticking switches).
 *
 * @example
 * clickCustomize()
 * getPreferences().querySelector<HTMLInputElement>('input[name=analytics]')!.click()
 * clickSave()
 */
export const clickSave = (options?: ClickOptions): HTMLElement => clickButton('save', options, getPreferences)

/**
 * Clicks the persistent "Cookie settings" control shown after a decision (reopens preferences).
 *
 * @example
 * clickAccept()
 * clickSettings()
 * getPreferences()
 */
export const clickSettings = (options?: ClickOptions): HTMLElement =>
  clickButton('settings', options, () => doc().body)
