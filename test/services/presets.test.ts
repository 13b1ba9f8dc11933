import { describe, expect, it } from 'vitest'

import { presetFromJson, presetNames } from '../../src/services/catalogue.js'
import { validateService } from '../../src/services/validate.js'
import { VENDOR_GLOBALS, fakeContext, global, useNetworkWatch } from './helpers.js'

const nothingRequested = useNetworkWatch()
const CATEGORIES = ['functional', 'analytics', 'marketing']

// One valid JSON form per preset: every preset, its required options.
const EXAMPLES: Record<string, Record<string, unknown>> = {
  'google-analytics': { id: 'G-TEST123' },
  'google-tag-manager': { id: 'GTM-TEST12' },
  'google-ads': { id: 'AW-123456789' },
  'meta-pixel': { id: '1234567890' },
  'microsoft-clarity': { id: 'abcdef1234' },
  'microsoft-uet': { id: '987654321' },
  hotjar: { id: 1234567 },
  matomo: { url: 'https://stats.example.test/', siteId: 3 },
  'linkedin-insight': { partnerId: '123456' },
  'tiktok-pixel': { id: 'CTEST1234567890' },
  youtube: {},
  vimeo: {},
  'google-maps': {}
}

describe('every preset', () => {
  it('has an example in this test', () => {
    expect(Object.keys(EXAMPLES)).toEqual(presetNames())
  })

  for (let preset of presetNames()) {
    describe(preset, () => {
      it('defines no vendor global and requests nothing when created', () => {
        presetFromJson({ preset, ...EXAMPLES[preset] })
        for (let name of VENDOR_GLOBALS) expect(global(name), name).toBeUndefined()
        nothingRequested()
      })

      it('passes service validation with the default categories', () => {
        let service = presetFromJson({ preset, ...EXAMPLES[preset] })
        expect(validateService(service, CATEGORIES)).toBe(service)
      })

      it('loads its script only through the context, never by itself', () => {
        let service = presetFromJson({ preset, ...EXAMPLES[preset] })
        let { context, scripts } = fakeContext()
        service.load?.(context)
        nothingRequested()
        if (service.load) expect(scripts).toHaveLength(1)
        else expect(service.embedHosts!.length).toBeGreaterThan(0)
      })

      it('takes a name and a category override', () => {
        let service = presetFromJson({ preset, ...EXAMPLES[preset], name: 'second', category: 'functional' })
        expect([service.name, service.category]).toEqual(['second', 'functional'])
      })

      it('lists the cookies the vendor documents', () => {
        let service = presetFromJson({ preset, ...EXAMPLES[preset] })
        // Tag Manager has none of its own; every other preset lists what the vendor documents.
        if (preset !== 'google-tag-manager') expect(service.cookies!.length).toBeGreaterThan(0)
      })
    })
  }
})
