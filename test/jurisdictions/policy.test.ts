// The three policies end to end in happy-dom: the engine's defaults, the UI each one shows, and
// a stored decision winning over them.
import { afterEach, describe, expect, it, vi } from 'vitest'

import { createConsent as createHeadless } from '../../src/entries/headless.js'
import { flush, readCookie } from '../helpers/dom.js'
import { banner, useBanner } from '../ui/helpers.js'

const make = useBanner()
const categories = { analytics: {}, marketing: { cookies: ['_ads'] } }

/** The opt-out control, once its module (loaded on demand) has mounted it. */
async function optOutControl(): Promise<HTMLElement> {
  await vi.waitFor(() => expect(document.querySelector('[data-consentry="opt-out"]')).not.toBeNull())
  return document.querySelector<HTMLElement>('[data-consentry="opt-out"]')!
}
const dialog = (): HTMLDialogElement | null => document.querySelector('[data-consentry="opt-out-dialog"]')

afterEach(() => {
  delete (Navigator.prototype as { globalPrivacyControl?: boolean }).globalPrivacyControl
  vi.restoreAllMocks()
})

describe('opt-in', () => {
  it('keeps everything off until a decision and shows the banner, as without a region', async () => {
    let consent = make({ categories, region: 'FR' })
    let ran = vi.fn()
    consent.whenGranted('analytics', ran)
    expect(consent.policy).toBe('opt-in')
    expect(consent.isGranted('analytics')).toBe(false)
    expect(ran).not.toHaveBeenCalled()
    expect(banner()).not.toBeNull()
    await flush()
    expect(document.querySelector('[data-consentry="opt-out"]')).toBeNull()
  })
})

describe('opt-out', () => {
  it('grants every category without a decision, a banner or a cookie', async () => {
    let consent = make({ categories, region: 'US-CA' })
    let ran = vi.fn()
    consent.whenGranted(['analytics', 'marketing'], ran)
    expect(consent.policy).toBe('opt-out')
    expect(consent.getDecision()).toBeNull()
    expect(ran).toHaveBeenCalledOnce()
    expect(banner()).toBeNull()
    await optOutControl()
    expect(readCookie('consentry')).toBeUndefined()
  })

  it('opts out from the control: sale categories off (method opt-out), onRevoke runs, their cookies go', async () => {
    document.cookie = '_ads=1; path=/'
    let consent = make({ categories, region: 'US-CA' })
    let revoked = vi.fn()
    consent.whenGranted('marketing', () => {}, { onRevoke: revoked })
    let control = await optOutControl()
    let button = control.querySelector<HTMLElement>('[data-consentry-action="opt-out"]')!
    expect(button.textContent).toBe('Do Not Sell or Share My Personal Information')
    button.click()
    expect(dialog()?.hasAttribute('open')).toBe(true)
    dialog()!.querySelector<HTMLElement>('[data-consentry-action="confirm-opt-out"]')!.click()
    expect(consent.getDecision()).toMatchObject({ method: 'opt-out', categories: { analytics: true, marketing: false } })
    expect(revoked).toHaveBeenCalledOnce()
    expect(readCookie('_ads')).toBeUndefined()
    expect(readCookie('consentry')).toBeDefined()
    expect(dialog()).toBeNull()
  })

  it('closes the dialog with Keep, deciding nothing', async () => {
    let consent = make({ categories, region: 'US-CA' })
    ;(await optOutControl()).querySelector<HTMLElement>('button')!.click()
    dialog()!.querySelector<HTMLElement>('[data-consentry-action="close"]')!.click()
    expect(dialog()).toBeNull()
    expect(consent.getDecision()).toBeNull()
  })

  it('shows the Spanish texts for a Spanish page', async () => {
    make({ categories, region: 'US-TX', lang: 'es' })
    expect((await optOutControl()).textContent).toBe('No vender ni compartir mi información personal')
  })

  it('turns the sale categories off from the start under GPC, and the control says so', async () => {
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { value: true, configurable: true })
    let consent = make({ categories: { analytics: {}, partners: { sale: true } }, region: 'US-CA' })
    let ran = vi.fn()
    consent.whenGranted('partners', ran)
    expect(consent.isGranted('partners')).toBe(false)
    expect(consent.isGranted('analytics')).toBe(true)
    expect(ran).not.toHaveBeenCalled()
    expect(consent.getDecision()).toBeNull()
    let control = await optOutControl()
    expect(control.querySelector('[data-consentry="gpc"]')?.textContent).toMatch(/Global Privacy Control/)
    expect(readCookie('consentry')).toBeUndefined()
  })

  it('lets a stored decision win over the defaults', () => {
    make({ categories, region: 'FR' }).rejectAll()
    let consent = make({ categories, region: 'US-CA' })
    expect(consent.isGranted('analytics')).toBe(false)
  })
})

describe('none', () => {
  it('grants everything and renders nothing, writing no cookie', async () => {
    let consent = make({ categories, region: 'BR', policies: { BR: 'none', default: 'opt-in' } })
    expect(consent.policy).toBe('none')
    expect(consent.isGranted('marketing')).toBe(true)
    await flush()
    expect(document.querySelector('.consentry')).toBeNull()
    expect(readCookie('consentry')).toBeUndefined()
  })
})

describe('region and policies', () => {
  it('is on the headless instance too', () => {
    let consent = createHeadless({ categories: ['analytics'], region: 'us-va' })
    expect(consent.policy).toBe('opt-out')
    expect(consent.isGranted('analytics')).toBe(true)
    consent.destroy()
  })

  it('treats an unknown region as opt-in whatever the default', () => {
    let consent = createHeadless({ categories: ['analytics'], region: null, policies: { default: 'none' } })
    expect(consent.policy).toBe('opt-in')
    consent.destroy()
  })

  it('throws a TypeError that says what to pass', () => {
    expect(() => createHeadless({ categories: ['analytics'], region: 'California' })).toThrow(/region: pass 'auto'/)
    expect(() => createHeadless({ categories: ['analytics'], policies: { FR: 'opt-in' } as never })).toThrow(/add default/)
    expect(() => createHeadless({ categories: { ads: { sale: 'yes' as never } } })).toThrow(/categories.ads.sale: pass true or false/)
  })

  it('reads the time zone only when the table needs it, opt-in until it arrives', async () => {
    let zone = process.env.TZ
    process.env.TZ = 'Asia/Tokyo'
    try {
      let consent = createHeadless({ categories: ['analytics'], policies: { JP: 'none', default: 'opt-in' } })
      let ran = vi.fn()
      consent.whenGranted('analytics', ran)
      expect(consent.policy).toBe('opt-in')
      expect(ran).not.toHaveBeenCalled()
      await vi.waitFor(() => expect(consent.policy).toBe('none'))
      expect(ran).toHaveBeenCalledOnce()
      consent.destroy()
    } finally {
      process.env.TZ = zone
      if (zone === undefined) delete process.env.TZ
    }
  })
})
