import { googleAds } from './presets/google-ads.js'
import { googleAnalytics } from './presets/google-analytics.js'
import { googleMaps } from './presets/google-maps.js'
import { googleTagManager } from './presets/google-tag-manager.js'
import { hotjar } from './presets/hotjar.js'
import { linkedinInsight } from './presets/linkedin-insight.js'
import { matomo } from './presets/matomo.js'
import { metaPixel } from './presets/meta-pixel.js'
import { microsoftClarity } from './presets/microsoft-clarity.js'
import { microsoftUet } from './presets/microsoft-uet.js'
import { tiktokPixel } from './presets/tiktok-pixel.js'
import { vimeo } from './presets/vimeo.js'
import { youtube } from './presets/youtube.js'
import type { Service } from './types.js'

/** A preset in its JSON form, e.g. `{ "preset": "google-analytics", "id": "G-XXXX" }`. */
export interface PresetJson {
  preset: string
  [option: string]: unknown
}

// Each factory checks its own options, so the JSON options pass through as they are.
type Factory = (options: never) => Service

// Kebab-case names for the JSON / script-tag form.
const PRESETS: Record<string, Factory> = {
  'google-analytics': googleAnalytics,
  'google-tag-manager': googleTagManager,
  'google-ads': googleAds,
  'meta-pixel': metaPixel,
  'microsoft-clarity': microsoftClarity,
  'microsoft-uet': microsoftUet,
  hotjar,
  matomo,
  'linkedin-insight': linkedinInsight,
  'tiktok-pixel': tiktokPixel,
  youtube,
  vimeo,
  'google-maps': googleMaps
}

/**
 * The names `presetFromJson` knows, in catalogue order.
 *
 * @example
 * presetNames() // ['google-analytics', 'google-tag-manager', …]
 */
export function presetNames(): string[] {
  return Object.keys(PRESETS)
}

/**
 * Builds a preset from its JSON form (the script tag's `"services"` list): `preset` picks the
 * factory, the other keys are its options. An unknown preset is a TypeError that lists the known
 * ones; bad options are the factory's own TypeError.
 *
 * @example
 * presetFromJson({ preset: 'google-analytics', id: 'G-XXXXXXXXXX' }).name // 'ga4'
 */
export function presetFromJson(json: PresetJson): Service {
  let preset = json == null ? undefined : json.preset
  // Own keys only: 'constructor' or 'toString' must not read as a preset.
  if (typeof preset != 'string' || !Object.prototype.hasOwnProperty.call(PRESETS, preset)) {
    throw new TypeError(
      `consentry: services: pass { "preset": one of ${presetNames().join(', ')} } (got ${JSON.stringify(preset)})`
    )
  }
  let { preset: _name, ...options } = json
  return PRESETS[preset](options as never)
}
