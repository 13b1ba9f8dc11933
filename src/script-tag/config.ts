// How the script tag finds its config: its own element and data-* attributes, and a JSON block
// placed before it. Nothing here throws; problems are collected for one console.error.

const JSON_BLOCK = 'script[type="application/json"][id="consentry-config"]'
/** data-foo-bar → the option fooBar, data-cookie-foo-bar → cookie.fooBar, except these names. */
const ALIASES: Record<string, string> = { privacyPolicy: 'privacyPolicyUrl', days: 'maxAgeDays' }

/**
 * The config block: a `<script type="application/json" id="consentry-config">` placed before the
 * tag (`where: 'before'`) or after it. Never any other element with that id: user content that a
 * sanitizer lets through (a `<p id>`) must not configure the banner.
 *
 * @example
 * configBlock(currentScript(), 'before')
 */
export function configBlock(script: HTMLScriptElement | null, where: 'before' | 'after'): HTMLScriptElement | undefined {
  let blocks = [...document.querySelectorAll<HTMLScriptElement>(JSON_BLOCK)]
  // Without its own element (evaluated by a loader), the tag cannot tell; a JSON script is trusted.
  if (!script) return where === 'before' ? blocks[0] : undefined
  return blocks.find(block => {
    let scriptFollows = (block.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
    return where === 'before' ? scriptFollows : !scriptFollows
  })
}

/**
 * The tag's own element: document.currentScript through the prototype's getter, which
 * `<img name="currentScript">` cannot shadow; else the first script whose src names consentry.
 *
 * @example
 * let self = findOwnScript() // captured while the tag runs
 */
export function findOwnScript(): HTMLScriptElement | null {
  let getter = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')?.get
  let current: unknown = getter ? getter.call(document) : null
  if (current instanceof HTMLScriptElement) return current
  return document.querySelector<HTMLScriptElement>('script[src*="consentry"]:not([type="text/plain"])')
}

/**
 * Words of a list attribute: space or comma separated.
 *
 * @example
 * words('analytics, marketing') // ['analytics', 'marketing']
 */
export function words(value: unknown): string[] {
  return typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : []
}

/** An attribute's text as the option's value: whole numbers and true/false are what they say, "" is true. */
function attributeValue(text: string): unknown {
  // Number() rather than JSON.parse: "01" is no JSON.
  if (/^\d+$/.test(text)) return Number(text)
  if (text === 'true' || text === '') return true
  if (text === 'false') return false
  return text
}

/**
 * Builds the config from the JSON block before the tag and the tag's data attributes (which win),
 * pushing what is wrong to `problems`.
 *
 * @example
 * readConfig(findOwnScript(), [])
 */
export function readConfig(script: HTMLScriptElement | null, problems: string[]): Record<string, unknown> {
  let config: Record<string, unknown> = {}
  let block = configBlock(script, 'before')
  if (block) {
    try {
      let parsed: unknown = JSON.parse(block.textContent ?? '')
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('must hold a JSON object')
      config = parsed as Record<string, unknown>
    } catch (error) {
      problems.push('#consentry-config: ' + (error as Error).message)
    }
  }
  // Browsers hide a parsed nonce attribute; the property keeps it.
  let nonce = script && (script.nonce || script.getAttribute('nonce'))
  if (nonce) config.nonce ??= nonce
  // Attributes rather than dataset: some DOMs (happy-dom) leave bare attributes out of it.
  for (let { name, value: text } of script?.attributes ?? []) {
    let [, cookiePrefix, key] = /^data-(cookie-)?(.+)/.exec(name) ?? []
    if (!key) continue
    let option = key.replace(/-(.)/g, (_match, letter: string) => letter.toUpperCase())
    // data-region holds a code, or '' when the server could not tell (unknown: opt-in).
    let value = option === 'region' ? text : attributeValue(text)
    if (option === 'categories') {
      let names = words(value)
      let options = config.categories
      // Keep the JSON options (labels, cookies) of the categories the attribute lists.
      value = options && !Array.isArray(options) && typeof options === 'object'
        ? Object.fromEntries(names.map(category => [category, (options as Record<string, unknown>)[category] ?? {}]))
        : names
    }
    if (cookiePrefix && (typeof config.cookie !== 'object' || config.cookie === null)) config.cookie = {}
    let target = cookiePrefix ? (config.cookie as Record<string, unknown>) : config
    target[ALIASES[option] ?? option] = value
  }
  return config
}
