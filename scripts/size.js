// Measures what a site ships: each entry bundled with its dependencies, minified, gzip -9, or a
// built file as it is. Fails (exit 1) above a budget.
//   node scripts/size.js            table + budgets
//   node scripts/size.js --readme   rewrites the sizes quoted in README.md (<!--size:NAME-->, 0.1 KB)
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

import { gzipBytes, secondLayerApart } from './bundle.js'
import { measureParts } from './parts.js'

// Budgets are regression guards: the size measured when they were set, plus about 5 % (an honest
// change passes; a growth that needs a reason fails). The critical path also has its goal,
// 6,000 B, reported beside it (README, "Size").
export const CRITICAL_PATH_GOAL = 6000
export const BUDGETS = [
  { name: 'critical path', file: 'dist/consentry.iife.js', limit: 13570, note: 'drop-in until the banner shows: engine, first layer, CSS, en+fr, GPC, cross-tab, reopen' },
  { name: 'second layer', file: 'dist/consentry.preferences.iife.js', limit: 5140, note: 'drop-in: the preferences dialog, loaded on demand' },
  { name: 'opt-out layer', file: 'dist/consentry.opt-out.iife.js', limit: 5620, note: 'drop-in: the Do Not Sell or Share control and dialog, loaded in opt-out regions only' },
  { name: 'time-zone table', file: 'dist/consentry.zones.iife.js', limit: 1820, note: "drop-in: loaded only for region 'auto' with a table where the country matters" },
  { name: 'services add-on', file: 'dist/services.iife.js', limit: 4890, note: 'script tag: the presets and the JSON services check' },
  { name: 'consentry/services', entry: 'src/entries/services.ts', limit: 6400, note: 'every preset (each alone is tree-shaken)' },
  { name: 'consentry', entry: 'src/entries/index.ts', plugins: [secondLayerApart], limit: 13280, note: 'npm: the same, without the script-tag reader; dialog in its own chunk' },
  { name: 'consentry/headless', entry: 'src/entries/headless.ts', limit: 7990, note: 'engine, with js-cookie and nanoevents' },
  { name: 'consentry/headless (own code)', entry: 'src/entries/headless.ts', own: true, limit: 7350, note: 'engine without its two dependencies' },
  { name: 'consentry/server', entry: 'src/entries/server.ts', limit: 9650, note: 'parseConsentCookie, serializeDecision, regionFromHeaders, renderBanner (en+fr texts, CSS)' },
  { name: 'consentry/consent-mode', entry: 'src/entries/consent-mode.ts', add: true, limit: 580, note: 'added to consentry' },
  { name: 'consentry/proof', entry: 'src/entries/proof.ts', add: true, limit: 880, note: 'added to consentry, with the outbox of unsent records' },
  { name: 'consentry/embeds', entry: 'src/entries/embeds.ts', add: true, limit: 1760, note: 'added to consentry, 9 languages' },
  { name: 'consentry/react', entry: 'src/entries/react.ts', add: true, external: ['react'], limit: 870, note: 'added to consentry, React excluded' },
  { name: 'consentry/vue', entry: 'src/entries/vue.ts', add: true, external: ['vue'], limit: 840, note: 'added to consentry, Vue excluded' },
  { name: 'consentry.full.iife.js', file: 'dist/consentry.full.iife.js', limit: 16560, note: 'drop-in with every integration (critical path)' },
  { name: 'style.css', file: 'dist/style.css', limit: 1390, note: 'optional: the same CSS as a file' }
]

let bundle = (code, { own = false, external = [], plugins = [] } = {}) =>
  gzipBytes(code, { external: [...(own ? ['js-cookie', 'nanoevents'] : []), ...external], plugins })

/** `[{ ...budget, bytes }]`: every budget's entry or file, measured now. */
export async function measure() {
  let results = []
  for (let budget of BUDGETS) {
    let bytes
    let options = { own: budget.own, external: budget.external, plugins: [secondLayerApart, ...(budget.plugins ?? [])] }
    if (budget.file) {
      if (!existsSync(budget.file)) throw new Error(`${budget.file} is missing: run npm run build`)
      bytes = gzipSync(readFileSync(budget.file), { level: 9 }).length
    } else if (budget.add) {
      // What importing the entry adds to an app that already has `consentry`.
      let base = `export * from './src/entries/index.ts'`
      bytes = (await bundle(`${base}; export * from './${budget.entry}'`, options)) - (await bundle(base, options))
    } else {
      bytes = await bundle(`export * from './${budget.entry}'`, options)
    }
    results.push({ ...budget, bytes })
  }
  return results
}

/**
 * A size as README quotes it: kilobytes of 1,000 bytes, rounded to 0.1 KB.
 *
 * @example
 * kilobytes(7619) // '7.6 KB'
 */
export function kilobytes(bytes) {
  return `${(Math.round(bytes / 100) / 10).toFixed(1)} KB`
}

/**
 * README.md with each `<!--size:NAME-->7.6 KB` set to the measured size, `<!--budget:NAME-->` to
 * the limit and `<!--part:NAME-->` to what that part adds (scripts/parts.js), at 0.1 KB.
 */
export function quoteSizes(readme, results, parts = []) {
  return readme.replace(/<!--(size|budget|part):([^>]+)-->[\d.,]+ K?B/g, (all, kind, name) => {
    let measured = (kind === 'part' ? parts : results).find(entry => entry.name === name)
    if (!measured) return all
    return `<!--${kind}:${name}-->${kilobytes(kind === 'budget' ? measured.limit : measured.bytes)}`
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let results = await measure()
  if (process.argv.includes('--readme')) {
    writeFileSync('README.md', quoteSizes(readFileSync('README.md', 'utf8'), results, await measureParts()))
  }
  let failed = false
  for (let result of results) {
    let ok = result.bytes <= result.limit
    failed ||= !ok
    let line = `${ok ? 'ok  ' : 'FAIL'} ${result.name.padEnd(30)} ${String(result.bytes).padStart(6)} B gzip  (budget ${result.limit} B; ${result.note})`
    console.log(line)
  }
  let critical = results.find(result => result.name === 'critical path')
  let verdict = critical.bytes <= CRITICAL_PATH_GOAL ? 'met' : `not met (README, "Size", has the breakdown)`
  console.log(`goal critical path ≤ ${CRITICAL_PATH_GOAL} B: ${verdict}`)
  if (failed) {
    console.error('size: over budget')
    process.exit(1)
  }
}
