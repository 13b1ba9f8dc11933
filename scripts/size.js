// Measures what a site ships: each entry bundled with its dependencies, minified, gzip -9, or a
// built file as it is. Fails (exit 1) above a budget.
//   node scripts/size.js            table + budgets
//   node scripts/size.js --readme   rewrites the sizes quoted in README.md (<!--size:NAME-->)
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

import { gzipBytes } from './bundle.js'
import { measureParts } from './parts.js'

// `own: true` leaves js-cookie and nanoevents out, to weigh our own code alone (the published
// package imports js-cookie and bundles nanoevents); the others include everything a site ships. The headless engine's own code has the
// product's 2,500 B budget; the others stop regressions at today's sizes (the 6,000 B goal for
// the drop-in is not met: README, "Size").
export const BUDGETS = [
  { name: 'consentry.iife.js', file: 'dist/consentry.iife.js', limit: 7620, note: 'drop-in: engine, banner, CSS, en+fr, GPC, cross-tab' },
  { name: 'consentry', entry: 'src/index.ts', limit: 6990, note: 'npm, with banner, CSS, en+fr, GPC, cross-tab' },
  { name: 'consentry/headless', entry: 'src/headless.ts', limit: 3140, note: 'engine, with js-cookie and nanoevents' },
  { name: 'consentry/headless (own code)', entry: 'src/headless.ts', own: true, limit: 2500, note: 'engine without its two dependencies (the goal)' },
  { name: 'consentry/server', entry: 'src/server.ts', limit: 1290, note: 'parseConsentCookie, regionFromHeaders' },
  { name: 'consentry/consent-mode', entry: 'src/consent-mode.ts', add: true, limit: 440, note: 'added to consentry' },
  { name: 'consentry/proof', entry: 'src/proof.ts', add: true, limit: 300, note: 'added to consentry' },
  { name: 'consentry/embeds', entry: 'src/embeds.ts', add: true, limit: 1370, note: 'added to consentry, 9 languages' },
  { name: 'consentry.full.iife.js', file: 'dist/consentry.full.iife.js', limit: 9630, note: 'drop-in with every integration' },
  { name: 'style.css', file: 'dist/style.css', limit: 670, note: 'optional: the same CSS as a file' }
]

let bundle = (code, own) => gzipBytes(code, { external: own ? ['js-cookie', 'nanoevents'] : [] })

export async function measure() {
  let results = []
  for (let budget of BUDGETS) {
    let bytes
    if (budget.file) {
      if (!existsSync(budget.file)) throw new Error(`${budget.file} is missing: run npm run build`)
      bytes = gzipSync(readFileSync(budget.file), { level: 9 }).length
    } else if (budget.add) {
      // What importing the entry adds to an app that already has `consentry`.
      bytes =
        (await bundle(`export * from './src/index.ts'; export * from './${budget.entry}'`)) -
        (await bundle(`export * from './src/index.ts'`))
    } else {
      bytes = await bundle(`export * from './${budget.entry}'`, budget.own)
    }
    results.push({ ...budget, bytes })
  }
  return results
}

/**
 * README.md with each `<!--size:NAME-->1,234 B` set to the measured number, `<!--budget:NAME-->` to
 * the limit and `<!--part:NAME-->` to what that part adds (scripts/parts.js).
 */
export function quoteSizes(readme, results, parts = []) {
  return readme.replace(/<!--(size|budget|part):([^>]+)-->[\d,]+ B/g, (all, kind, name) => {
    let r = (kind == 'part' ? parts : results).find(i => i.name == name)
    return r ? `<!--${kind}:${name}-->${(kind == 'budget' ? r.limit : r.bytes).toLocaleString('en-US')} B` : all
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let results = await measure()
  if (process.argv.includes('--readme')) {
    writeFileSync('README.md', quoteSizes(readFileSync('README.md', 'utf8'), results, await measureParts()))
  }
  let failed = false
  for (let r of results) {
    let ok = r.bytes <= r.limit
    failed ||= !ok
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(30)} ${String(r.bytes).padStart(6)} B gzip  (budget ${r.limit} B; ${r.note})`)
  }
  if (failed) {
    console.error('size: over budget')
    process.exit(1)
  }
}
