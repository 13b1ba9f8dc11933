// Issue 18 #3: a data-consent that names a category the site did not configure can never be granted:
// it is reported once (the element and the category), and the element stays blocked.
// @vitest-environment-options {"url":"https://shop.example/"}
import { afterEach, describe, expect, it, vi } from 'vitest'

import { flush, useConsent } from '../helpers/dom.js'

const make = useConsent()

afterEach(() => vi.restoreAllMocks())

/** The messages console.error received, as text. */
function errors(spy: ReturnType<typeof vi.spyOn>): string[] {
  return spy.mock.calls.map((call: unknown[]) => call.map(String).join(' '))
}

describe('elements naming an unconfigured category', () => {
  it('are reported once, naming the element and the category, and stay blocked', () => {
    let spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    document.body.innerHTML = '<iframe data-consent="marketing" data-src="https://video.example/1" title="Video"></iframe>'
    let consent = make({ categories: ['analytics'] })
    consent.acceptAll()
    consent.rejectAll()
    consent.acceptAll()
    let messages = errors(spy)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('"marketing"')
    expect(messages[0]).toContain('<iframe data-consent="marketing"')
    let frame = document.querySelector('iframe')!
    expect(frame.getAttribute('src')).toBeNull()
    expect(frame.dataset.src).toBe('https://video.example/1')
  })

  it('are reported when the page adds them later (a tag in <head>)', async () => {
    let spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    make({ categories: ['analytics'] })
    document.body.innerHTML = '<script type="text/plain" data-consent="analytics ads">window.ran = true</script>'
    await flush()
    let messages = errors(spy)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('"ads"')
    expect(messages[0]).toContain('data-consent="analytics ads"')
  })

  it('leave configured and necessary categories alone', () => {
    let spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    document.body.innerHTML =
      '<script type="text/plain" data-consent="necessary">window.kept = 1</script>' +
      '<iframe data-consent="analytics" data-src="https://video.example/2" title="Chart"></iframe>'
    make({ categories: ['analytics'] }).rejectAll()
    expect(errors(spy)).toEqual([])
  })
})
