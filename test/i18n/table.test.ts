import { describe, expect, it } from 'vitest'

import { textsFor } from '../../src/i18n/table.js'

const TABLE: Record<string, string> = { en: 'Hello', fr: 'Bonjour', 'pt-br': 'Olá' }

describe('textsFor', () => {
  it('takes the full tag, then its primary subtag, in any case', () => {
    expect(textsFor(TABLE, 'PT-BR')).toBe('Olá')
    expect(textsFor(TABLE, 'fr-CA')).toBe('Bonjour')
    expect(textsFor(TABLE, 'fr_BE')).toBe('Bonjour')
  })

  it('falls back to English, also for names every object inherits', () => {
    expect(textsFor(TABLE, 'sv')).toBe('Hello')
    expect(textsFor(TABLE, 'constructor')).toBe('Hello')
  })
})
