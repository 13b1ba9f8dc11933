import { describe, expect, it } from 'vitest'

import { checkLook } from '../../src/ui/options.js'
import { resolveTheme } from '../../src/ui/scheme.js'

describe('layout option', () => {
  it('accepts box, bar and cloud and names them on a typo', () => {
    for (let layout of ['box', 'bar', 'cloud']) expect(() => checkLook({ layout })).not.toThrow()
    expect(() => checkLook({ layout: 'card' })).toThrow('consentry: layout: pass box|bar|cloud (got "card")')
  })
})

describe('resolveTheme', () => {
  it('keeps light and dark, and follows a page that declares one scheme with auto', () => {
    expect(resolveTheme('light')).toBe('light')
    expect(resolveTheme('auto')).toBe('auto')
    document.head.innerHTML = '<meta name="color-scheme" content="dark">'
    expect(resolveTheme('auto')).toBe('dark')
    expect(resolveTheme('light')).toBe('light')
    document.head.innerHTML = '<meta name="color-scheme" content="light dark">'
    expect(resolveTheme('auto')).toBe('auto')
    document.head.innerHTML = ''
  })
})
