// examples/jurisdictions/server.js: the region from the edge's headers ends up in data-region.
import { existsSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, test } from 'vitest'

let server: Server
let base: string

beforeAll(async () => {
  if (!existsSync(new URL('../../dist/server.js', import.meta.url))) {
    throw new Error('dist/server.js is missing: run "npx tsup" first (the example imports consentry/server).')
  }
  // @ts-expect-error: a plain JavaScript example, without types.
  let { createSite } = await import('../../examples/jurisdictions/server.js')
  server = createSite()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise<void>(resolve => server.close(() => resolve()))
})

test('writes the Cloudflare country and region into data-region', async () => {
  let response = await fetch(base + '/', { headers: { 'cf-ipcountry': 'US', 'cf-region-code': 'CA' } })
  expect(response.headers.get('cache-control')).toBe('private, no-store')
  expect(await response.text()).toContain('<script src="/consentry/consentry.iife.js" data-region="US-CA"></script>')
})

test('writes an empty data-region when no header is usable', async () => {
  let html = await (await fetch(base + '/', { headers: { 'cf-ipcountry': 'XX' } })).text()
  expect(html).toContain('data-region=""')
})

test('serves the drop-in and its on-demand opt-out file', async () => {
  for (let file of ['consentry.iife.js', 'consentry.opt-out.iife.js']) {
    let response = await fetch(`${base}/consentry/${file}`)
    expect(response.status).toBe(200)
    expect((await response.text()).length).toBeGreaterThan(1000)
  }
})
