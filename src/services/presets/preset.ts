// What every preset shares: its `name`/`category` overrides and the check of its required ids.

/** Options every preset accepts on top of its own. */
export interface PresetOptions {
  /** Overrides the preset's fixed service name (e.g. two GA4 properties: 'ga4' and 'ga4-shop'). */
  name?: string
  /** Overrides the preset's default category. */
  category?: string
}

/**
 * Reads a required vendor id from a preset's options. Ids go into script URLs, so only letters,
 * digits, `_` and `-` pass; anything else is a TypeError naming the preset and the option.
 *
 * @example
 * requireId('metaPixel', { id: 1234 }, 'id', "'1234567890'") // '1234'
 */
export function requireId(preset: string, options: object | undefined, key: string, example: string): string {
  let value = options == null ? undefined : (options as Record<string, unknown>)[key]
  let text = typeof value == 'number' || typeof value == 'string' ? String(value) : ''
  if (!/^[\w-]{1,64}$/.test(text)) {
    throw new TypeError(`consentry: ${preset}: pass { ${key}: ${example} } (got ${JSON.stringify(value)})`)
  }
  return text
}

/**
 * The vendor's globals, typed loosely: presets read and write only their own documented names.
 *
 * @example
 * page().fbq
 */
export function page(): Record<string, unknown> {
  return window as unknown as Record<string, unknown>
}
