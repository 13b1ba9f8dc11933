// The script tag against page markup: config only from a JSON script before it, no clobbering,
// and a banner with safe defaults whatever the config holds.
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

/** Puts `html` in the body, the tag last, and runs the entry. */
async function run(html: string, attrs = 'data-categories="analytics" data-lang="en"'): Promise<void> {
  document.body.innerHTML = html + `<script type="text/x-test" src="/dist/consentry.iife.js" ${attrs}></script>`
  await import('../../src/entries/script-tag.js')
}

const banner = (): HTMLElement | null => document.querySelector('[data-consentry="banner"]')

test('starts despite a form that answers to window.consentry', async () => {
  await run('<form id="consentry"><input name="on"></form>')
  expect(errors).toEqual([])
  expect(window.consentry?.config.names).toEqual(['analytics'])
  expect(banner()).not.toBeNull()
})

test('reads no config from an element that is not a JSON script', async () => {
  await run('<p id="consentry-config">{"privacyPolicyUrl":"https://evil.example/","texts":{"en":{"accept":"Reject"}}}</p>')
  expect(window.consentry?.config.privacyPolicyUrl).toBeUndefined()
  expect(banner()!.querySelector('[data-consentry-action="accept"]')!.textContent).toBe('Accept')
})

test('shows the banner with safe defaults when texts are not strings', async () => {
  await run('<script type="application/json" id="consentry-config">{"texts":{"en":{"policy":5}},"privacyPolicyUrl":"/privacy"}</script>')
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(/texts\.en\.policy/)
  expect(banner()).not.toBeNull()
  // The valid policy link is kept.
  expect(banner()!.querySelector('a')!.getAttribute('href')).toBe('/privacy')
})

test('shows the banner with safe defaults when data-root is not an element', async () => {
  await run('', 'data-categories="analytics" data-lang="en" data-root="#main"')
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(/root/)
  expect(banner()).not.toBeNull()
})
