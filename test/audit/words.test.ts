import { describe, expect, test } from 'vitest'

import { pickButton } from '../../src/audit/banner.js'
import { normalizeName } from '../../src/audit/words.js'
import { ar } from '../../src/i18n/ar.js'
import { de } from '../../src/i18n/de.js'
import { en } from '../../src/i18n/en.js'
import { es } from '../../src/i18n/es.js'
import { fr } from '../../src/i18n/fr.js'
import { it as italian } from '../../src/i18n/it.js'
import { nl } from '../../src/i18n/nl.js'
import { pl } from '../../src/i18n/pl.js'
import { pt } from '../../src/i18n/pt.js'

const LOCALES = { ar, de, en, es, fr, it: italian, nl, pl, pt }

describe('button words', () => {
  for (let [lang, texts] of Object.entries(LOCALES)) {
    test(`recognizes Consentry's ${lang} accept and refuse buttons`, () => {
      for (let names of [[texts.accept, texts.reject], [texts.acceptAll, texts.rejectAll]]) {
        let shuffled = ['Personnaliser', names[1], 'Politique', names[0]]
        expect(pickButton(shuffled, 'accept')).toBe(3)
        expect(pickButton(shuffled, 'refuse')).toBe(1)
      }
    })
  }

  test("recognizes the peers' wordings", () => {
    let peers = [
      ['C\'est bon.', 'Je refuse'], // Klaro fr
      ['Cookies : Tout accepter', 'Cookies : Tout refuser'], // tarteaucitron fr (aria-label)
      ['Allow cookies', 'Decline'], // Osano
      ['allow cookies', 'deny cookies'], // Osano aria-labels
      ['Accepter et fermer', 'Continuer sans accepter'],
      ['OK, accept all', 'Deny all cookies'] // tarteaucitron en
    ]
    for (let [accept, refuse] of peers) {
      expect(pickButton(['Settings', refuse, accept], 'accept')).toBe(2)
      expect(pickButton(['Settings', refuse, accept], 'refuse')).toBe(1)
    }
  })

  test('never takes "accept only necessary" for accept', () => {
    let names = ['Accept only necessary', 'Accept all']
    expect(pickButton(names, 'accept')).toBe(1)
    expect(pickButton(names, 'refuse')).toBe(0)
  })

  test('ignores long texts that merely contain a word', () => {
    expect(pickButton(['Read how we accept returns and refunds within thirty days of purchase'], 'accept')).toBe(-1)
  })

  test('answers -1 when nothing matches', () => {
    expect(pickButton(['Menu', 'Search'], 'refuse')).toBe(-1)
  })

  test('normalizes case, accents and punctuation', () => {
    expect(normalizeName('  ✓ TOUT Accépter !')).toBe('tout accepter')
    expect(normalizeName("C'est bon.")).toBe('c est bon')
  })
})
