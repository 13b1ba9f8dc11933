// @vitest-environment-options {"url":"https://shop.example/","settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { flush, useConsent } from '../helpers/dom.js'
import { order, push, serveScripts } from '../helpers/scripts.js'

const make = useConsent()
const config = { categories: ['analytics', 'marketing'] }

afterEach(() => {
  vi.restoreAllMocks()
  delete (window as unknown as { order?: string[] }).order
})

/** A blocked inline script that records `name` when it really runs. */
function inline(name: string, consent = 'analytics', attrs = ''): string {
  return `<script type="text/plain" data-consent="${consent}" ${attrs}>${push(name)}</script>`
}

function external(src: string, consent = 'analytics', attrs = ''): string {
  return `<script type="text/plain" data-consent="${consent}" src="${src}" ${attrs}></script>`
}

describe('blocked inline scripts', () => {
  it('do not run before a decision nor after a refusal', () => {
    document.body.innerHTML = inline('a')
    let consent = make(config)
    consent.rejectAll()
    expect(order()).toEqual([])
    expect(document.querySelector('script')!.type).toBe('text/plain')
  })

  it('execute once their category is granted', () => {
    document.body.innerHTML = inline('a')
    make(config).acceptAll()
    expect(order()).toEqual(['a'])
  })

  it('execute synchronously at creation on a return visit', async () => {
    // The first instance, still watching, sees the script the second one activated and reports it.
    let errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    make(config).acceptAll()
    document.body.innerHTML = inline('a')
    make(config)
    expect(order()).toEqual(['a'])
    await vi.waitFor(() =>
      expect(errors).toHaveBeenCalledWith('[consentry]', expect.objectContaining({ message: expect.stringContaining('Runs before consent') }))
    )
  })

  it('execute in document order', () => {
    document.head.innerHTML = inline('1', 'marketing')
    document.body.innerHTML = `<div>${inline('2')}</div>${inline('3', 'marketing')}${inline('4')}`
    make(config).acceptAll()
    expect(order()).toEqual(['1', '2', '3', '4'])
  })

  it('execute once under repeated accept/reject toggles', () => {
    document.body.innerHTML = inline('a')
    let consent = make(config)
    for (let i = 0; i < 20; i++) {
      consent.acceptAll()
      consent.rejectAll()
    }
    expect(order()).toEqual(['a'])
  })

  it('only run for the granted category', () => {
    document.body.innerHTML = inline('a', 'analytics') + inline('m', 'marketing')
    make(config).save({ marketing: true })
    expect(order()).toEqual(['m'])
  })

  it('need every category listed in data-consent', () => {
    document.body.innerHTML = inline('both', 'analytics marketing')
    let consent = make(config)
    consent.save({ analytics: true })
    expect(order()).toEqual([])
    consent.acceptAll()
    expect(order()).toEqual(['both'])
  })

  it('never run for a category that is not configured', () => {
    document.body.innerHTML = inline('x', 'advertising')
    make(config).acceptAll()
    expect(order()).toEqual([])
  })

  it('leave text/plain scripts without data-consent alone', () => {
    document.body.innerHTML = `<script type="text/plain">${push('data')}</script>`
    make(config).acceptAll()
    expect(order()).toEqual([])
    expect(document.querySelector('script')!.type).toBe('text/plain')
  })

  it('keep nonce, id, class and data attributes', () => {
    document.body.innerHTML = inline('a', 'analytics', 'nonce="n0nce" id="tag" class="t" data-x="1"')
    make(config).acceptAll()
    let script = document.getElementById('tag') as HTMLScriptElement
    // happy-dom has no nonce property nor nonce hiding: the attribute carries it here.
    expect(script.getAttribute('nonce')).toBe('n0nce')
    expect(script.className).toBe('t')
    expect(script.dataset.x).toBe('1')
    expect(script.type).not.toBe('text/plain')
  })

  it('become a module with data-type="module"', async () => {
    document.body.innerHTML = inline('m', 'analytics', 'data-type="module" id="mod"')
    make(config).acceptAll()
    expect((document.getElementById('mod') as HTMLScriptElement).type).toBe('module')
    await vi.waitFor(() => expect(order()).toEqual(['m']))
  })

  it('activate when added to the page later (MutationObserver)', async () => {
    let consent = make(config)
    consent.acceptAll()
    let holder = document.createElement('div')
    holder.innerHTML = inline('late')
    document.body.append(holder)
    await flush()
    expect(order()).toEqual(['late'])
  })

  it('added later stay blocked without consent', async () => {
    make(config).save({ marketing: true })
    document.body.insertAdjacentHTML('beforeend', inline('late'))
    await flush()
    expect(order()).toEqual([])
  })
})

describe('blocked external scripts', () => {
  it('load nothing before consent', () => {
    let requested = serveScripts({ 'https://cdn.example/a.js': push('a') })
    document.body.innerHTML = external('https://cdn.example/a.js')
    make(config).rejectAll()
    expect(requested).toEqual([])
  })

  it('load and execute once granted', async () => {
    serveScripts({ 'https://cdn.example/a.js': push('a') })
    document.body.innerHTML = external('https://cdn.example/a.js')
    make(config).acceptAll()
    await vi.waitFor(() => expect(order()).toEqual(['a']))
  })

  it('execute in document order with inline scripts between them, even when the first is slowest', async () => {
    serveScripts(
      {
        'https://cdn.example/slow.js': push('slow'),
        'https://cdn.example/fast.js': push('fast')
      },
      { 'https://cdn.example/slow.js': 30 }
    )
    document.body.innerHTML =
      external('https://cdn.example/slow.js') +
      inline('after-slow') +
      external('https://cdn.example/fast.js') +
      inline('after-fast')
    make(config).acceptAll()
    await vi.waitFor(() => expect(order()).toHaveLength(4))
    expect(order()).toEqual(['slow', 'after-slow', 'fast', 'after-fast'])
  })

  it('keep async: an async script does not hold back the ones after it', async () => {
    serveScripts(
      {
        'https://cdn.example/slow.js': push('slow'),
        'https://cdn.example/fast.js': push('fast')
      },
      { 'https://cdn.example/slow.js': 30 }
    )
    document.body.innerHTML =
      external('https://cdn.example/slow.js', 'analytics', 'async') + external('https://cdn.example/fast.js')
    make(config).acceptAll()
    await vi.waitFor(() => expect(order()).toHaveLength(2))
    expect(order()).toEqual(['fast', 'slow'])
    expect(document.querySelector<HTMLScriptElement>('script[src$="slow.js"]')!.async).toBe(true)
  })

  it('keep nonce and defer', () => {
    serveScripts({ 'https://cdn.example/a.js': '' })
    document.body.innerHTML = external('https://cdn.example/a.js', 'analytics', 'nonce="n0nce" defer')
    make(config).acceptAll()
    let script = document.querySelector('script')!
    expect(script.type).not.toBe('text/plain')
    expect(script.getAttribute('nonce')).toBe('n0nce')
    expect(script.defer).toBe(true)
  })

  it("report a script that fails to load on 'error' and run the next one", async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    serveScripts({ 'https://cdn.example/b.js': push('b') })
    document.body.innerHTML = external('https://cdn.example/missing.js') + inline('after')
    let consent = make(config)
    let errors = vi.fn()
    consent.on('error', errors)
    consent.acceptAll()
    await vi.waitFor(() => expect(order()).toEqual(['after']))
    expect(errors).toHaveBeenCalledOnce()
    expect(errors.mock.calls[0][0].message).toContain('missing.js')
  })
})

describe('blocked iframes', () => {
  // happy-dom logs that it does not load iframe pages; the engine's errors are checked elsewhere.
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
  })

  const frame = (consent = 'marketing'): string =>
    `<iframe data-consent="${consent}" data-src="https://video.example/embed/1"></iframe>`

  it('get no src before consent', () => {
    document.body.innerHTML = frame()
    make(config).rejectAll()
    expect(document.querySelector('iframe')!.hasAttribute('src')).toBe(false)
  })

  it('get their src once granted', () => {
    document.body.innerHTML = frame()
    make(config).acceptAll()
    expect(document.querySelector('iframe')!.getAttribute('src')).toBe('https://video.example/embed/1')
  })

  it('need every listed category', () => {
    document.body.innerHTML = frame('analytics marketing')
    make(config).save({ marketing: true })
    expect(document.querySelector('iframe')!.hasAttribute('src')).toBe(false)
  })

  it('keep their src when a script run by the same scan grants them first', () => {
    // The inline script decides again: a nested scan activates the iframe, then the outer scan
    // reaches it with its data-src already gone.
    let consent = make(config)
    ;(window as unknown as { consent: typeof consent }).consent = consent
    document.body.innerHTML =
      `<script type="text/plain" data-consent="analytics">consent.acceptAll()</script>` + frame()
    consent.save({ analytics: true })
    delete (window as unknown as { consent?: unknown }).consent
    expect(consent.isGranted('marketing')).toBe(true)
    expect(document.querySelector('iframe')!.getAttribute('src')).toBe('https://video.example/embed/1')
  })

  it('added later get their src', async () => {
    make(config).acceptAll()
    document.body.insertAdjacentHTML('beforeend', frame())
    await flush()
    expect(document.querySelector('iframe')!.getAttribute('src')).toBe('https://video.example/embed/1')
  })
})
