import { afterEach, describe, expect, it } from 'vitest'

import type { Texts } from '../../src/i18n/types.js'
import { query, act, banner, dialog, useBanner } from './helpers.js'

const make = useBanner()
const win = window as unknown as { pwned?: number }
afterEach(() => {
  delete win.pwned
})

const PAYLOADS = [
  '<img src=x onerror="window.pwned=1">',
  '<script>window.pwned=2</script>',
  '"><svg onload="window.pwned=3">',
  "' onmouseover='window.pwned=4"
]

describe('text is text', () => {
  for (let payload of PAYLOADS) {
    it(`shows ${JSON.stringify(payload)} literally in every string`, () => {
      let texts: Partial<Texts> = {
        title: payload,
        text: payload + ' %',
        policy: `${payload} {${payload}} ${payload}`,
        accept: payload,
        reject: payload,
        acceptAll: payload,
        rejectAll: payload,
        customize: payload,
        save: payload,
        settings: payload,
        necessary: [payload, payload],
        analytics: [payload, payload, payload]
      }
      let consent = make({
        categories: { analytics: {}, x: { label: payload, description: payload } },
        privacyPolicyUrl: '/privacy',
        texts: { en: texts }
      })
      act(banner()!, 'customize')
      let all = [banner()!, dialog()!]
      for (let root of all) {
        expect(root.querySelector('img, script, svg, [onerror], [onload], [onmouseover]')).toBeNull()
      }
      expect(query('h2', banner()!).textContent).toBe(payload)
      expect(query('a', banner()!).textContent).toBe(payload)
      expect(query('[data-consentry-action="reject"]', banner()!).textContent).toBe(payload)
      expect(dialog()!.querySelectorAll('label')[2].textContent).toBe(payload)
      act(dialog()!, 'save')
      expect(query('[data-consentry-open]').textContent).toBe(payload)
      expect(win.pwned).toBeUndefined()
      expect(consent.getDecision()!.method).toBe('custom')
    })
  }
})
