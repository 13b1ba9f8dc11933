// Measures what a site ships: each entry bundled with its dependencies, minified, gzip -9.
// Fails (exit 1) above a budget. `--json` prints the figures for other scripts.
import { build } from 'esbuild'
import { existsSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

// `own: true` measures the entry's own code, its npm dependencies (js-cookie, nanoevents) left
// out as the published package leaves them; the others include everything a site ships.
export const BUDGETS = [
  { name: 'consentry/headless', entry: 'src/headless.ts', own: true, limit: 3200 },
  { name: 'consentry/headless + deps', entry: 'src/headless.ts', limit: 3800 },
  { name: 'consentry (banner, en+fr, CSS)', entry: 'src/index.ts', limit: 6000 },
  { name: 'consentry/server', entry: 'src/server.ts', limit: 800 }
]

export async function measure() {
  let results = []
  for (let budget of BUDGETS) {
    let bytes = 0
    if (budget.entry) {
      let out = await build({
        stdin: { contents: `export * from './${budget.entry}'`, resolveDir: process.cwd(), loader: 'ts' },
        bundle: true,
        minify: true,
        format: 'esm',
        target: 'es2020',
        write: false,
        legalComments: 'none',
        external: budget.own ? ['js-cookie', 'nanoevents'] : [],
        // The CSS file ships separately only as an option; what the default bundle injects is in the JS.
        loader: { '.css': 'text' }
      })
      bytes = gzipSync(out.outputFiles[0].contents, { level: 9 }).length
    }
    for (let file of budget.files || []) {
      if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build`)
      bytes += gzipSync(readFileSync(file), { level: 9 }).length
    }
    results.push({ ...budget, bytes })
  }
  return results
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let results = await measure()
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(results))
  } else {
    let failed = false
    for (let r of results) {
      let ok = r.bytes <= r.limit
      failed ||= !ok
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(28)} ${String(r.bytes).padStart(5)} B gzip (budget ${r.limit} B)`)
    }
    if (failed) {
      console.error('size: over budget')
      process.exit(1)
    }
  }
}
