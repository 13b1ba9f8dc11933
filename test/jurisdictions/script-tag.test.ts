// The script tag's region (data-region, written by the server) and `policies` (JSON block).
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
  vi.restoreAllMocks()
})

/** Puts the tag (and optional JSON config) in the page and runs the entry. */
async function run(attrs: string, json?: string): Promise<string | undefined> {
  document.body.innerHTML =
    (json === undefined ? '' : `<script type="application/json" id="consentry-config">${json}</script>`) +
    `<script src="/dist/consentry.iife.js" data-categories="analytics marketing" ${attrs}></script>`
  await import('../../src/entries/script-tag.js')
  return window.consentry?.policy
}

test('applies the policy of data-region', async () => {
  expect(await run('data-region="US-CA"')).toBe('opt-out')
  expect(window.consentry!.isGranted('analytics')).toBe(true)
  expect(errors).toEqual([])
})

test('reads an empty data-region as unknown: opt-in', async () => {
  expect(await run('data-region=""', '{"policies":{"default":"none"}}')).toBe('opt-in')
  expect(errors).toEqual([])
})

test('reads policies from the JSON block', async () => {
  expect(await run('data-region="BR"', '{"policies":{"BR":"none","default":"opt-in"}}')).toBe('none')
})

test('falls back to opt-in with one error for a malformed region', async () => {
  expect(await run('data-region="California"', '{"policies":{"default":"none"}}')).toBe('opt-in')
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(/region: pass 'auto'/)
})

test('falls back to opt-in with one error for a table without default, never to the built-in one', async () => {
  expect(await run('data-region="US-CA"', '{"policies":{"US-CA":"opt-out"}}')).toBe('opt-in')
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(/policies: add default/)
})
