// Finding the banner and the preferences dialog the way a visitor's browser exposes them.

export type Root = Document | Element | ShadowRoot

/** Collapses whitespace, as accessible names do. */
export const clean = (text: string | null | undefined): string => (text || '').replace(/\s+/g, ' ').trim()

/**
 * The accessible name as assistive technology computes it for a button, in short:
 * aria-labelledby, then aria-label, then the text (value for inputs).
 *
 * @example
 * accessibleName(getBanner().querySelector('button')!) // 'Accept'
 */
export function accessibleName(el: Element): string {
  let ids = el.getAttribute('aria-labelledby')
  if (ids) {
    let doc = el.ownerDocument
    let text = ids.split(/\s+/).map(id => clean(doc.getElementById(id)?.textContent)).join(' ')
    if (clean(text)) return clean(text)
  }
  return clean(el.getAttribute('aria-label')) || clean(el.textContent) || clean((el as HTMLInputElement).value)
}

/** Finds the first match in `root` and in the open shadow roots below it. */
function deepQuery(root: Root, selector: string): Element | null {
  let found = root.querySelector(selector)
  if (found) return found
  for (let el of Array.from(root.querySelectorAll('*'))) {
    let inner = el.shadowRoot && deepQuery(el.shadowRoot, selector)
    if (inner) return inner
  }
  return null
}

/** Hidden by an attribute or inline style on it or an ancestor (there is no layout in happy-dom or jsdom). */
export const hidden = (el: Element): boolean => {
  for (let node: Element | null = el; node; node = node.parentElement) {
    let style = (node as HTMLElement).style
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true' || style?.display === 'none') return true
  }
  return false
}

/** The document, or a clear error outside a DOM environment. */
export const doc = (): Document => {
  if (typeof document != 'object') {
    throw new Error('consentry/testing: the DOM helpers need a DOM (vitest/jest environment happy-dom or jsdom)')
  }
  return document
}

/**
 * The banner's root element when it is shown, else `null`.
 *
 * @example
 * clickReject()
 * expect(queryBanner()).toBeNull()
 */
export function queryBanner(root: Root = doc()): HTMLElement | null {
  let el = deepQuery(root, '[data-consentry="banner"]')
  return el && !hidden(el) ? (el as HTMLElement) : null
}

/**
 * The banner's root element (a region named by its title); throws when no banner is shown.
 *
 * @example
 * expect(getBanner().getAttribute('role')).toBe('region')
 */
export function getBanner(root: Root = doc()): HTMLElement {
  let el = queryBanner(root)
  if (!el) {
    throw new Error(
      'consentry/testing: no consent banner is shown. Is there a stored decision (clearDecision() before the test)? ' +
        'Was the instance created with the banner (createConsent from "consentry", not "consentry/headless", and not ui: false)?'
    )
  }
  return el
}

/**
 * The open preferences dialog, else `null`.
 *
 * @example
 * clickCustomize()
 * expect(queryPreferences()).not.toBeNull()
 */
export function queryPreferences(root: Root = doc()): HTMLElement | null {
  let el = deepQuery(root, '[data-consentry="preferences"]')
  // A <dialog> is shown when open; a role=dialog element when not hidden.
  let shown = el && (el.tagName !== 'DIALOG' || el.hasAttribute('open')) && !hidden(el)
  return shown ? (el as HTMLElement) : null
}

/**
 * The open preferences dialog; throws when it is not open.
 *
 * @example
 * clickCustomize()
 * getPreferences().querySelectorAll('input[type=checkbox]')
 */
export function getPreferences(root: Root = doc()): HTMLElement {
  let el = queryPreferences(root)
  if (!el) {
    throw new Error(
      'consentry/testing: the preferences dialog is not open. Open it with clickCustomize(), consent.showPreferences() ' +
        'or a [data-consentry-open] element.'
    )
  }
  return el
}

