import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

import { presetFromJson, presetNames } from '../../src/services/catalogue.js'
import type { PresetJson } from '../../src/services/catalogue.js'

const FIXED_NAMES: Record<string, string> = {
  'google-analytics': 'ga4', 'google-tag-manager': 'gtm', 'google-ads': 'google-ads', 'meta-pixel': 'meta-pixel',
  'microsoft-clarity': 'clarity', 'microsoft-uet': 'uet', hotjar: 'hotjar', matomo: 'matomo',
  'linkedin-insight': 'linkedin-insight', 'tiktok-pixel': 'tiktok-pixel', youtube: 'youtube', vimeo: 'vimeo',
  'google-maps': 'google-maps'
}

describe('presetFromJson', () => {
  it('knows the thirteen kebab-case presets', () => {
    expect(presetNames()).toEqual(Object.keys(FIXED_NAMES))
  })

  it('builds each preset under its fixed service name', () => {
    let built = presetNames().map(preset => presetFromJson({ preset, id: 'X1', partnerId: '1', url: 'https://m.test/', siteId: 1 }).name)
    expect(built).toEqual(Object.values(FIXED_NAMES))
  })

  it('passes the other keys as options', () => {
    let service = presetFromJson({ preset: 'google-analytics', id: 'G-TEST123', name: 'ga4-shop', category: 'marketing' })
    expect([service.name, service.category]).toEqual(['ga4-shop', 'marketing'])
  })

  it('names the known presets when the preset is unknown', () => {
    let make = (): unknown => presetFromJson({ preset: 'google-analytic', id: 'G-1' })
    expect(make).toThrow(TypeError)
    expect(make).toThrow(`pass { "preset": one of ${presetNames().join(', ')} } (got "google-analytic")`)
  })

  it('reads no inherited name as a preset', () => {
    expect(() => presetFromJson({ preset: 'constructor' })).toThrow(/one of google-analytics/)
    expect(() => presetFromJson(null as unknown as PresetJson)).toThrow(/one of google-analytics/)
  })

  it('lets the factory report a missing id', () => {
    expect(() => presetFromJson({ preset: 'meta-pixel' })).toThrow('consentry: metaPixel: pass { id:')
  })
})

describe('the consentry:services announcement', () => {
  it('hands the catalogue to the drop-in with an event on document, with no global', async () => {
    let before = new Set(Object.keys(window))
    let details: { presetFromJson: typeof presetFromJson }[] = []
    let listen = (event: Event): void => {
      details.push((event as CustomEvent).detail)
    }
    document.addEventListener('consentry:services', listen)
    await import('../../src/entries/services-script.js')
    document.removeEventListener('consentry:services', listen)
    expect(details).toHaveLength(1)
    expect(details[0].presetFromJson({ preset: 'youtube' }).name).toBe('youtube')
    expect(Object.keys(window).filter(key => !before.has(key))).toEqual([])
  })

  // dist/ exists after `npx tsup` (npm test builds first).
  it.skipIf(!existsSync('dist/services.iife.js'))('is what dist/services.iife.js does', () => {
    let before = new Set(Object.keys(window))
    let names: string[] = []
    let listen = (event: Event): void => {
      names.push((event as CustomEvent).detail.presetFromJson({ preset: 'vimeo' }).name)
    }
    document.addEventListener('consentry:services', listen)
    new Function(readFileSync('dist/services.iife.js', 'utf8'))()
    document.removeEventListener('consentry:services', listen)
    expect(names).toEqual(['vimeo'])
    expect(Object.keys(window).filter(key => !before.has(key))).toEqual([])
  })
})
