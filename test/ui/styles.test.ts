import { describe, expect, it } from 'vitest'

import { preferencesCss } from '../../src/ui/preferences/styles.js'
import { bannerCss } from '../../src/ui/styles.js'

const css = bannerCss + preferencesCss

/** [selector, declarations] of every rule, @media blocks flattened. */
const rules = (): Array<[string, string[]]> =>
  [...css.replace(/@media[^{]+\{/g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, body]) => [
    selector,
    body.split(';').filter(Boolean)
  ])

describe('stylesheet', () => {
  it('scopes every selector under .consentry', () => {
    for (let [selector] of rules()) {
      for (let part of selector.split(',')) expect(part, selector).toMatch(/^(:where\()?[a-z]*\.consentry/)
    }
  })

  it('makes every declaration !important except the theme variables', () => {
    for (let [selector, declarations] of rules()) {
      for (let declaration of declarations) {
        if (selector.startsWith(':where(')) expect(declaration, selector).not.toContain('!important')
        else expect(declaration, selector).toMatch(/!important$/)
      }
    }
  })

  it('starts with a scoped reset before its own rules', () => {
    let reset = rules().findIndex(([selector]) => selector === '.consentry,.consentry *')
    expect(rules()[reset][1]).toContain('all:revert!important')
    expect(rules().findIndex(([selector]) => selector === '.consentry')).toBeGreaterThan(reset)
  })

  it('follows prefers-color-scheme only with theme auto', () => {
    expect(css).toContain('@media(prefers-color-scheme:dark){:where(.consentry.auto)')
  })
})
