// The script-tag entry: config from data attributes and the JSON block, one clear error, fail closed.
// Each test builds the page, then evaluates src/auto.ts afresh, like a browser running the tag.
import { afterEach, beforeEach, expect, test, vi } from 'vitest'

let errors: string[]

beforeEach(() => {
  vi.resetModules()
  errors = []
  vi.spyOn(console, 'error').mockImplementation((...args) => {
    errors.push(args.map(String).join(' '))
  })
})

afterEach(() => {
  window.consentry?.destroy()
  delete window.consentry
  document.body.innerHTML = ''
  document.head.innerHTML = ''
  document.cookie = 'consentry=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT'
  vi.restoreAllMocks()
})

/** Puts the tag (and optional JSON config) in the page and runs the entry. */
async function run(attrs: string, json?: string): Promise<Record<string, any>> {
  document.body.innerHTML =
    (json === undefined ? '' : `<script type="application/json" id="consentry-config">${json}</script>`) +
    `<script src="/dist/consentry.iife.js" ${attrs}></script>`
  await import('../../src/entries/script-tag.js')
  return window.consentry?.config as Record<string, any>
}

test('reads the common options from data attributes', async () => {
  let config = await run(
    'data-privacy-policy="/confidentialite" data-lang="fr" data-categories="analytics" data-revision="3"'
  )
  expect(config.privacyPolicyUrl).toBe('/confidentialite')
  expect(config.lang).toBe('fr')
  expect(config.names).toEqual(['analytics'])
  expect(config.revision).toBe(3)
  expect(errors).toEqual([])
})

test('splits data-categories on spaces and commas', async () => {
  let config = await run('data-categories="analytics, marketing  preferences"')
  expect(config.names).toEqual(['analytics', 'marketing', 'preferences'])
})

test('reads cookie, theme, position, reopen, preferences and nonce attributes', async () => {
  let config = await run(
    'data-categories="analytics" data-cookie-domain="example.com" data-cookie-name="cc" data-theme="dark" ' +
      'data-position="top" data-reopen="false" data-preferences="false" data-nonce="abc"'
  )
  expect(config.cookie).toEqual({ domain: 'example.com', name: 'cc' })
  expect([config.theme, config.position, config.reopen, config.preferences, config.nonce]).toEqual([
    'dark',
    'top',
    false,
    false,
    'abc'
  ])
})

test('turns on Google Consent Mode from data-google-consent-mode in the full build', async () => {
  document.body.innerHTML = '<script src="/dist/consentry.full.iife.js" data-categories="analytics" data-google-consent-mode></script>'
  await import('../../src/entries/script-tag-full.js')
  expect((window.consentry!.config as unknown as Record<string, unknown>).googleConsentMode).toBe(true)
  expect(errors).toEqual([])
  delete (window as { dataLayer?: unknown }).dataLayer
})

test('names the full build when the default one is asked for Google Consent Mode', async () => {
  let config = await run('data-categories="analytics" data-google-consent-mode')
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(/consentry\.full\.iife\.js/)
  expect(config.googleConsentMode).toBeUndefined()
  expect(config.names).toEqual(['analytics'])
})

test('reads data-cookie-days as cookie.maxAgeDays', async () => {
  let config = await run('data-categories="analytics" data-cookie-days="30"')
  expect(config.maxAgeDays).toBe(30)
  expect(errors).toEqual([])
})

test('reads a whole number with a leading zero', async () => {
  let config = await run('data-categories="analytics" data-revision="07"')
  expect(config.revision).toBe(7)
  expect(errors).toEqual([])
})

test('takes the nonce from the tag’s own nonce attribute', async () => {
  let config = await run('data-categories="analytics" nonce="n0nce"')
  expect(config.nonce).toBe('n0nce')
})

test('reads the JSON config block', async () => {
  let config = await run('', '{"categories": ["marketing"], "lang": "en", "cookie": {"maxAgeDays": 30}}')
  expect(config.names).toEqual(['marketing'])
  expect(config.lang).toBe('en')
  expect(config.maxAgeDays).toBe(30)
  expect(errors).toEqual([])
})

test('lets data attributes override the JSON config', async () => {
  let config = await run('data-lang="fr" data-cookie-name="mine"', '{"categories": ["analytics"], "lang": "en", "cookie": {"domain": "a.fr"}}')
  expect(config.lang).toBe('fr')
  expect(config.cookie).toEqual({ domain: 'a.fr', name: 'mine' })
})

test('keeps the JSON options of the categories the attribute lists', async () => {
  let config = await run(
    'data-categories="analytics"',
    '{"categories": {"analytics": {"label": "Stats"}, "marketing": {}}}'
  )
  expect(config.names).toEqual(['analytics'])
  expect(config.options.analytics.label).toBe('Stats')
})

test('reports invalid JSON in one console.error and uses the attributes', async () => {
  let config = await run('data-categories="analytics"', '{"categories": [analytics]')
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(/#consentry-config: .*JSON/)
  expect(config.names).toEqual(['analytics'])
})

test('reports a JSON value that is not an object', async () => {
  await run('data-categories="analytics"', '["analytics"]')
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(/#consentry-config: must hold a JSON object/)
})

test('reports an invalid option once and still creates an instance with safe defaults', async () => {
  let config = await run('data-categories="analytics" data-revision="two" data-lang="fr"')
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(/revision/)
  expect(config.names).toEqual(['analytics'])
  expect(config.lang).toBe('fr')
  expect(window.consentry!.isGranted('analytics')).toBe(false)
})

test('reports a theme typo and still shows a banner', async () => {
  let config = await run('data-categories="analytics" data-theme="drak"')
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(/theme: pass auto\|light\|dark \(got "drak"\)/)
  expect(config.names).toEqual(['analytics'])
  expect(document.querySelector('.consentry.panel')).not.toBeNull()
})

test('falls back to revision 1 when the JSON revision is negative', async () => {
  let config = await run('data-categories="analytics"', '{"revision": -1}')
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(/revision/)
  expect(config.revision).toBe(1)
})

test('takes the categories of the page’s blocked elements when none are given, without an error', async () => {
  document.head.innerHTML = '<script type="text/plain" data-consent="marketing" src="/ads.js"></script>'
  let config = await run('data-lang="fr"')
  expect(errors).toEqual([])
  expect(config.names).toEqual(['marketing'])
  expect(window.consentry!.isGranted('marketing')).toBe(false)
})

test('leaves names of Object.prototype out of the safe defaults', async () => {
  document.head.innerHTML = '<script type="text/plain" data-consent="toString" src="/ads.js"></script>'
  let config = await run('data-categories="analytics constructor"')
  expect(config.names).toEqual(['analytics'])
  // The config problem, and the element naming "toString", which stays blocked.
  expect(errors).toHaveLength(2)
  expect(errors).toEqual(
    expect.arrayContaining([expect.stringContaining('(got "constructor")'), expect.stringContaining('data-consent names "toString"')])
  )
})

test('publishes the instance and fires consentry:ready with it', async () => {
  let detail: unknown
  document.addEventListener('consentry:ready', e => (detail = (e as CustomEvent).detail), { once: true })
  await run('data-categories="analytics"')
  expect(window.consentry).toBeDefined()
  expect(detail).toBe(window.consentry)
})

test('starts when an element with id="consentry" is what window.consentry names', async () => {
  // Browsers expose an element by its id on window (named access); happy-dom does not.
  window.consentry = document.createElement('div') as unknown as typeof window.consentry
  let config = await run('data-categories="analytics"')
  expect(errors).toEqual([])
  expect(config.names).toEqual(['analytics'])
})

test('keeps the first instance when the entry runs twice', async () => {
  await run('data-categories="analytics"')
  let first = window.consentry
  vi.resetModules()
  await import('../../src/entries/script-tag.js')
  expect(window.consentry).toBe(first)
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(/twice/)
})

test('registers a locale announced before the instance exists', async () => {
  document.body.innerHTML = '<script src="/dist/consentry.iife.js" data-categories="analytics" data-lang="xx"></script>'
  let { locales } = await import('../../src/i18n/registry.js')
  await import('../../src/entries/script-tag.js')
  window.consentry?.destroy()
  delete window.consentry
  document.dispatchEvent(new CustomEvent('consentry:locale', { detail: { lang: 'xx', texts: { title: 'Xx' } } }))
  expect(locales.xx?.title).toBe('Xx')
})
