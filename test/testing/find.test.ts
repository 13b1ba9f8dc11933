import { afterEach, describe, expect, it } from 'vitest'

import { accessibleName, clickAccept, clickSave, getBanner, queryBanner, queryPreferences } from '../../src/entries/testing.js'

afterEach(() => {
  document.body.innerHTML = ''
})

/** A banner and a closed preferences dialog with the contract's hooks. */
let markup = (): void => {
  document.body.innerHTML =
    '<div data-consentry="banner" role="region"><button data-consentry-action="accept">Accept</button></div>' +
    '<dialog data-consentry="preferences"><button data-consentry-action="save">Save choices</button></dialog>'
}

describe('finding the banner', () => {
  it('explains what is wrong when there is no banner', () => {
    expect(() => getBanner()).toThrow(/no consent banner is shown.*clearDecision\(\).*consentry\/headless/)
    expect(() => clickAccept()).toThrow(/no consent banner is shown/)
  })

  it('explains how to open the preferences when they are closed', () => {
    markup()
    expect(queryPreferences()).toBeNull()
    expect(() => clickSave()).toThrow(/preferences dialog is not open.*clickCustomize\(\)/)
  })

  it('treats a hidden banner as absent', () => {
    markup()
    getBanner().hidden = true
    expect(queryBanner()).toBeNull()
  })

  it('finds a banner inside an open shadow root', () => {
    let host = document.createElement('div')
    let inner = document.createElement('div')
    inner.setAttribute('data-consentry', 'banner')
    host.attachShadow({ mode: 'open' }).append(inner)
    document.body.append(host)
    expect(getBanner()).toBe(inner)
  })
})

describe('accessibleName', () => {
  it('prefers aria-labelledby, then aria-label, then the text', () => {
    document.body.innerHTML =
      '<span id="l">Accept  all</span><button id="a" aria-labelledby="l" aria-label="x">y</button>' +
      '<button id="b" aria-label=" Reject ">z</button><button id="c">\n Save\n</button>'
    let name = (id: string): string => accessibleName(document.getElementById(id)!)
    expect([name('a'), name('b'), name('c')]).toEqual(['Accept all', 'Reject', 'Save'])
  })
})
