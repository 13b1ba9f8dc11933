import { describe, expect, it } from 'vitest'

import { query, act, banner, dialog, key, useBanner } from '../helpers.js'

const make = useBanner()
const config = { categories: ['analytics', 'marketing'] }

const switches = (): HTMLInputElement[] => [...dialog()!.querySelectorAll<HTMLInputElement>('input[role="switch"]')]

describe('preferences dialog', () => {
  it('opens from Customize as a modal dialog named by its title', () => {
    make(config)
    act(banner()!, 'customize')
    let opened = dialog()!
    expect(opened.tagName).toBe('DIALOG')
    expect(opened.open).toBe(true)
    expect(document.getElementById(opened.getAttribute('aria-labelledby')!)!.textContent).toBe('Cookie settings')
  })

  it('lists necessary on and disabled, the others off (never pre-ticked)', () => {
    make(config)
    act(banner()!, 'customize')
    expect(switches().map(input => [input.dataset.category, input.checked, input.disabled])).toEqual([
      ['necessary', true, true],
      ['analytics', false, false],
      ['marketing', false, false]
    ])
  })

  it('shows label and description of each category, described by the switch', () => {
    make(config)
    act(banner()!, 'customize')
    let input = switches()[1]
    expect(input.closest('label')!.textContent).toBe('Analytics')
    expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Measure visits to improve our site.'
    )
  })

  it('uses label and description from the config', () => {
    make({ categories: { video: { label: 'Videos', description: 'YouTube embeds.' } } }).showPreferences()
    let input = switches()[1]
    expect(input.closest('label')!.textContent).toBe('Videos')
    expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent).toBe('YouTube embeds.')
  })

  it('saves the chosen categories with method custom', () => {
    let consent = make(config)
    act(banner()!, 'customize')
    switches()[2].click()
    act(dialog()!, 'save')
    let decision = consent.getDecision()!
    expect(decision.method).toBe('custom')
    expect(decision.categories).toEqual({ necessary: true, analytics: false, marketing: true })
    expect(dialog()).toBeNull()
    expect(banner()).toBeNull()
  })

  it('accepts all and rejects all from the dialog', () => {
    let consent = make(config)
    consent.showPreferences()
    act(dialog()!, 'accept')
    expect(consent.getDecision()!.method).toBe('accept-all')
    consent.showPreferences()
    act(dialog()!, 'reject')
    expect(consent.getDecision()!.method).toBe('reject-all')
  })

  it('reflects the current decision when reopened', () => {
    let consent = make(config)
    consent.save({ marketing: true })
    consent.showPreferences()
    expect(switches().map(input => input.checked)).toEqual([true, false, true])
  })

  it('opens from any [data-consentry-open] element on the page', () => {
    make(config)
    document.body.insertAdjacentHTML('beforeend', '<footer><a href="#" data-consentry-open><span>Cookies</span></a></footer>')
    let click = new MouseEvent('click', { bubbles: true, cancelable: true })
    query('footer span').dispatchEvent(click)
    expect(dialog()!.open).toBe(true)
    expect(click.defaultPrevented).toBe(true)
  })

  it('emits show(true) on open and hide on close', () => {
    let consent = make(config)
    let events: unknown[] = []
    consent.on('show', preferences => events.push(['show', preferences]))
    consent.on('hide', () => events.push('hide'))
    consent.showPreferences()
    dialog()!.close()
    expect(events).toEqual([['show', true], 'hide'])
  })
})

describe('dialog without showModal (jsdom)', () => {
  it('opens, saves and closes with the open attribute set by hand', () => {
    let proto = HTMLDialogElement.prototype as Partial<HTMLDialogElement>
    let native = Object.getOwnPropertyDescriptor(proto, 'showModal')!
    Object.defineProperty(proto, 'showModal', { value: undefined, configurable: true })
    try {
      let consent = make(config)
      let hidden = 0
      consent.on('hide', () => hidden++)
      act(banner()!, 'customize')
      expect(dialog()!.hasAttribute('open')).toBe(true)
      expect(document.activeElement).toBe(switches()[1])
      act(dialog()!, 'save')
      expect(dialog()).toBeNull()
      expect(consent.getDecision()!.method).toBe('custom')
      expect(hidden).toBe(2)
    } finally {
      Object.defineProperty(proto, 'showModal', native)
    }
  })
})

describe('dialog keyboard', () => {
  it('moves focus into the dialog, to the first switch that can change', () => {
    make(config)
    query('[data-consentry-action="customize"]').focus()
    act(banner()!, 'customize')
    expect(document.activeElement).toBe(switches()[1])
  })

  it('cycles Tab from the last control back to the first', () => {
    make(config)
    act(banner()!, 'customize')
    query('[data-consentry-action="save"]', dialog()!).focus()
    let event = key('Tab')
    expect(event.defaultPrevented).toBe(true)
    expect(document.activeElement).toBe(switches()[1])
  })

  it('cycles Shift+Tab from the first control to the last', () => {
    make(config)
    act(banner()!, 'customize')
    key('Tab', true)
    expect(document.activeElement).toBe(query('[data-consentry-action="save"]', dialog()!))
  })

  it('leaves Tab alone between the first and the last control', () => {
    make(config)
    act(banner()!, 'customize')
    expect(key('Tab').defaultPrevented).toBe(false)
  })

  it('closes on Escape and returns focus to the opener', () => {
    make(config)
    let customize = query('[data-consentry-action="customize"]')
    customize.focus()
    customize.click()
    key('Escape')
    expect(dialog()).toBeNull()
    expect(document.activeElement).toBe(customize)
    expect(banner()).not.toBeNull()
  })

  it('returns focus to a page opener after Escape', () => {
    make(config)
    document.body.insertAdjacentHTML('beforeend', '<button id="open" data-consentry-open>Cookies</button>')
    query('#open').focus()
    query('#open').click()
    key('Escape')
    expect(document.activeElement).toBe(query('#open'))
  })

  it('focuses the reopen control after a decision removed the opener', () => {
    make(config)
    act(banner()!, 'customize')
    act(dialog()!, 'save')
    expect(document.activeElement).toBe(query('[data-consentry-open]'))
  })

  it('opens only one dialog at a time', () => {
    let consent = make(config)
    consent.showPreferences()
    consent.showPreferences()
    expect(document.querySelectorAll('dialog')).toHaveLength(1)
  })
})
