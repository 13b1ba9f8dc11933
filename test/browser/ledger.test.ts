// The full drop-in (dist/consentry.full.iife.js) with data-proof-endpoint pointing at a real
// ledger (PGlite): a decision reaches the ledger; made while the ledger is down, it arrives from
// the next page once the ledger is back.
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Page } from 'playwright-core'

import { createLedger } from '../../src/ledger/handler.js'
import { listen } from '../../src/ledger/node.js'
import { pgliteStore } from '../../src/ledger/stores/pglite.js'
import { action, banner, useBrowser } from './helpers.js'

const TOKEN = 'browser-test-token-0123456789'
let env = useBrowser()
let dir = mkdtempSync(join(tmpdir(), 'consentry-browser-ledger-'))
let port = 0
let running: { close(): Promise<void> } | null = null

function freePort(): Promise<number> {
  return new Promise(resolve => {
    let server = createServer()
    server.listen(0, '127.0.0.1', () => {
      let address = server.address() as { port: number }
      server.close(() => resolve(address.port))
    })
  })
}

async function up(): Promise<void> {
  let ledger = createLedger({
    store: pgliteStore({ dataDir: dir }),
    token: TOKEN,
    allowedOrigins: [env.server.url],
    retentionDays: 30
  })
  running = await listen(ledger, { port })
}

async function down(): Promise<void> {
  await running?.close()
  running = null
}

function ledgerStatus(id: string): Promise<number> {
  return fetch(`http://127.0.0.1:${port}/consent/${id}`, { headers: { Authorization: `Bearer ${TOKEN}` } }).then(
    response => response.status
  )
}

async function openSite(): Promise<Page> {
  let path = `/t/ledger-${Math.random().toString(36).slice(2)}`
  env.server.page(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ledger</title></head><body><main><h1>Shop</h1></main>
<script src="/dist/consentry.full.iife.js" data-lang="en" data-categories="analytics"
        data-proof-endpoint="http://127.0.0.1:${port}/consent"></script></body></html>`
  )
  let { page } = await env.open()
  await page.goto(env.server.url + path)
  return page
}

async function acceptAndGetId(page: Page): Promise<string> {
  await action(page, 'accept').click()
  await banner(page).waitFor({ state: 'hidden' })
  return page.evaluate(() => (window as any).consentry.getDecision().id as string)
}

beforeAll(async () => {
  port = await freePort()
})
afterAll(async () => {
  await down()
  rmSync(dir, { recursive: true, force: true })
})

test('puts the decision into the ledger on Accept', async () => {
  await up()
  let page = await openSite()
  let id = await acceptAndGetId(page)
  await expect.poll(() => ledgerStatus(id), { timeout: 15000 }).toBe(200)
  await expect.poll(() => page.evaluate(() => localStorage.getItem('consentry:proof-outbox'))).toBe('[]')
})

test('sends a decision made while the ledger was down from the next page, once it is up', async () => {
  await down()
  let page = await openSite()
  let id = await acceptAndGetId(page)
  let waiting = await page.evaluate(() => localStorage.getItem('consentry:proof-outbox') ?? '')
  expect(waiting).toContain(id)
  await up()
  expect(await ledgerStatus(id)).toBe(404)
  await page.reload()
  await expect.poll(() => ledgerStatus(id), { timeout: 15000 }).toBe(200)
  await expect.poll(() => page.evaluate(() => localStorage.getItem('consentry:proof-outbox'))).toBe('[]')
})

test('draws the dashboard from the token form under its strict CSP', async () => {
  if (!running) await up()
  let { page } = await env.open()
  await page.goto(`http://127.0.0.1:${port}/dashboard`)
  await page.fill('#token', 'wrong-token-123')
  await page.click('button[type=submit]')
  await expect.poll(() => page.locator('#status').textContent()).toContain('a valid token is required')
  await page.fill('#token', TOKEN)
  await page.click('button[type=submit]')
  await page.locator('#latest tr').first().waitFor()
  expect(await page.locator('#chart svg polyline').count()).toBeGreaterThan(0)
  expect(await page.locator('#legend li').allTextContents()).toContain('analytics')
  expect(await page.evaluate(() => (window as any).__csp)).toEqual([])
})
