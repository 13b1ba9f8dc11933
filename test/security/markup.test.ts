// @vitest-environment-options {"url":"https://www.example.com/a/b","settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
// What page markup (user content a sanitizer lets through) can and cannot do, in happy-dom.
// The same rules are checked in real Chromium by test/browser/security.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest'

import { createConsent as createHeadless } from '../../src/entries/headless.js'
import { flush, readCookie, useConsent } from '../helpers/dom.js'
import { banner, dialog, useBanner } from '../ui/helpers.js'

const make = useConsent()
const makeBanner = useBanner()
const config = { categories: ['analytics', 'marketing'] }

afterEach(() => {
  vi.restoreAllMocks()
  delete (window as unknown as { ran?: number }).ran
})

/** console.error silenced and collected (the library logs what it reports). */
function collectErrors(): string[] {
  let errors: string[] = []
  vi.spyOn(console, 'error').mockImplementation((...args) => {
    errors.push(args.map(String).join(' '))
  })
  return errors
}

describe('clicks on page markup', () => {
  it('only opens the preferences, even with data-consentry-action on the opener', () => {
    document.body.innerHTML =
      '<div data-consentry-open data-consentry-action="accept"><a href="#more" id="more">Read more</a></div>'
    let consent = makeBanner(config)
    document.getElementById('more')!.click()
    expect(consent.getDecision()).toBeNull()
    expect(dialog()?.open).toBe(true)
  })

  it('never decides from a page element dressed as a banner button', () => {
    document.body.innerHTML =
      '<div class="consentry"><button data-consentry-action="accept" id="fake">OK</button></div>'
    let consent = makeBanner(config)
    document.getElementById('fake')!.click()
    expect(consent.getDecision()).toBeNull()
    expect(banner()).not.toBeNull()
  })
})

describe('requirements', () => {
  it('refuses an empty category list in whenGranted and loadScript', () => {
    let consent = make(config)
    expect(() => consent.whenGranted([], () => {})).toThrow(TypeError)
    expect(() => consent.loadScript([], '/a.js')).toThrow(/non-empty/)
  })

  it('refuses a loadScript URL that is not http(s) or relative', () => {
    let consent = make(config)
    expect(() => consent.loadScript('analytics', 'javascript:alert(1)')).toThrow(TypeError)
    expect(() => consent.loadScript('analytics', 'data:text/javascript,1')).toThrow(/http/)
  })
})

describe('category cookies', () => {
  it('must be names or RegExps', () => {
    expect(() => make({ categories: { analytics: { cookies: [{} as string] } } })).toThrow(/cookies: pass/)
    expect(() => make({ categories: { analytics: { cookies: [5 as unknown as string] } } })).toThrow(TypeError)
  })

  it('never delete the decision cookie on withdrawal', () => {
    document.cookie = 'session=1; path=/'
    let consent = make({ categories: { analytics: { cookies: [/^c/, 'consentry'] } } })
    consent.acceptAll()
    consent.save({ analytics: false })
    expect(readCookie('consentry')).toMatch(/^1\./)
    expect(readCookie('session')).toBe('1')
  })
})

describe('several decision cookies', () => {
  it('keep the newest decision, and the next write removes the stale copy on the host', () => {
    let old = (Date.now() - 3600e3).toString(36)
    // Host-only, from before cookie.domain was set.
    document.cookie = `consentry=1.1.${old}.a.olddecision-1.analytics:1|marketing:1; path=/`
    let withDomain = { ...config, cookie: { domain: 'example.com' } }
    let consent = make(withDomain)
    expect(consent.getDecision()?.method).toBe('accept-all')
    consent.rejectAll()
    let values = document.cookie.split(/;\s*/).filter(pair => pair.startsWith('consentry='))
    expect(values).toHaveLength(1)
    expect(make(withDomain).getDecision()?.method).toBe('reject-all')
  })

  it('read only the exact cookie name', () => {
    let now = Date.now().toString(36)
    document.cookie = `%63onsentry=1.1.${now}.a.forgeddecision.analytics:1|marketing:1; path=/`
    expect(make(config).getDecision()).toBeNull()
    document.cookie = '%63onsentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
  })
})

describe('blocked elements', () => {
  it('rescan only the added nodes on a DOM change', async () => {
    make(config)
    let spy = vi.spyOn(document, 'querySelectorAll')
    for (let i = 0; i < 20; i++) document.body.append(document.createElement('p'))
    await flush()
    expect(spy).not.toHaveBeenCalled()
  })

  it('report once a script that names its consent but is not blocked', async () => {
    let errors = collectErrors()
    document.body.innerHTML = '<script data-consent="analytics">window.ran = 1</script>'
    make(config)
    document.body.insertAdjacentHTML('beforeend', '<script type="application/json" data-consent="analytics">{}</script>')
    await flush()
    expect(errors.filter(e => /Runs before consent/.test(e))).toHaveLength(2)
  })

  it('never run twice or keep a blocking data-type', async () => {
    let errors = collectErrors()
    document.body.innerHTML =
      '<script type="text/plain" data-consent="analytics" data-type="Text/Plain">window.ran = (window.ran || 0) + 1</script>'
    let consent = make(config)
    consent.acceptAll()
    await flush()
    expect((window as unknown as { ran?: number }).ran).toBeUndefined()
    expect(errors.filter(e => /data-type/.test(e))).toHaveLength(1)
  })

  it('leave out event handler attributes of the blocked script', () => {
    document.body.innerHTML = '<script type="text/plain" data-consent="analytics" onload="window.ran = 1">1</script>'
    make(config).acceptAll()
    expect(document.querySelector('script')!.hasAttribute('onload')).toBe(false)
  })

  it('activate a nonce-less script only when the page uses no nonces, or the nonce given', () => {
    let errors = collectErrors()
    document.head.innerHTML = '<script nonce="abc">1</script>'
    document.body.innerHTML =
      '<script type="text/plain" data-consent="analytics">window.ran = 1</script>' +
      '<script type="text/plain" data-consent="analytics" nonce="abc">window.ran = 2</script>'
    make({ ...config, nonce: 'abc' }).acceptAll()
    expect((window as unknown as { ran?: number }).ran).toBe(2)
    expect(errors.some(e => /nonce/.test(e))).toBe(true)
  })

  it('refuse every blocked script when the page uses nonces and none is given', () => {
    collectErrors()
    document.head.innerHTML = '<script nonce="abc">1</script>'
    document.body.innerHTML = '<script type="text/plain" data-consent="analytics" nonce="abc">window.ran = 1</script>'
    make(config).acceptAll()
    expect((window as unknown as { ran?: number }).ran).toBeUndefined()
    document.body.innerHTML = '<script type="text/plain" data-consent="analytics">window.ran = 3</script>'
    make({ ...config, requireNonce: false }).acceptAll()
    expect((window as unknown as { ran?: number }).ran).toBe(3)
  })

  it('keep the decision going when one element cannot be activated', () => {
    let errors = collectErrors()
    document.body.innerHTML = '<script type="text/plain" data-consent="analytics">window.ran = 1</script>'
    let create = document.createElement.bind(document)
    vi.spyOn(document, 'createElement').mockImplementation((tag: string, options?: ElementCreationOptions) => {
      if (tag === 'script') throw Error('refused by policy')
      return create(tag, options)
    })
    let consent = createHeadless(config)
    let ran = false
    consent.whenGranted('analytics', () => {
      ran = true
    })
    let decided = false
    consent.on('decision', () => {
      decided = true
    })
    consent.acceptAll()
    expect(ran).toBe(true)
    expect(decided).toBe(true)
    expect(errors.some(e => /refused by policy/.test(e))).toBe(true)
    consent.destroy()
  })
})
