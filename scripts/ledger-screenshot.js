// docs/ledger-dashboard.png: the ledger's dashboard in Chromium, over 30 days of sample records
// written straight into a temporary PGlite store. Run after a build: node scripts/ledger-screenshot.js
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

import { createLedger, listen, pgliteStore } from '../dist/ledger.js'
import { chromiumPath } from './chromium.js'

const TOKEN = 'screenshot-token-0123456789'
const DAY = 86400000

let dir = mkdtempSync(join(tmpdir(), 'consentry-shot-'))
let store = pgliteStore({ dataDir: dir })
let ledger = createLedger({ store, token: TOKEN, allowedOrigins: [], retentionDays: 365 })
await ledger.ready
// A plausible month: analytics accepted more often than marketing, both slowly rising.
let seed = 7
let random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
for (let day = 29; day >= 0; day--) {
  for (let i = 0; i < 40; i++) {
    let at = new Date(Date.now() - day * DAY - random() * DAY * 0.9)
    let trend = (30 - day) / 100
    let analytics = random() < 0.55 + trend
    let marketing = random() < 0.3 + trend
    let method = analytics && marketing ? 'accept-all' : !analytics && !marketing ? 'reject-all' : 'custom'
    let record = {
      id: crypto.randomUUID(),
      timestamp: at.toISOString(),
      revision: 3,
      method,
      categories: { necessary: true, analytics, marketing },
      language: random() < 0.6 ? 'fr' : 'en',
      textsHash: '9c4e02d1'
    }
    await store.insert({ record, receivedAt: at, ipHash: null, contentHash: record.id })
  }
}
let server = await listen(ledger, { port: 0 })
let browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
})
try {
  let page = await browser.newPage({ viewport: { width: 1000, height: 1000 }, deviceScaleFactor: 1 })
  let violations = []
  page.on('console', message => violations.push(message.text()))
  await page.goto(server.url + '/dashboard')
  await page.fill('#token', TOKEN)
  await page.click('button[type=submit]')
  await page.waitForSelector('#latest tr')
  await page.screenshot({ path: 'docs/ledger-dashboard.png' })
  console.log('docs/ledger-dashboard.png written', violations.length ? violations : '(no console messages)')
} finally {
  await browser.close()
  await server.close()
  rmSync(dir, { recursive: true, force: true })
}
