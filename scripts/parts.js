// What each part costs in the `consentry` bundle: its min+gzip size minus the size with that part's
// module replaced by empty exports. Parts share gzip's dictionary, so the numbers do not add up to
// the total; they say what leaving one part out would save.
//   node scripts/parts.js            table
// README.md quotes them as `<!--part:NAME-->123 B` (`node scripts/size.js --readme` rewrites them).
import { readFileSync } from 'node:fs'

import { gzipBytes } from './bundle.js'

export const PARTS = [
  { name: 'CSS', module: 'src/banner/styles.ts' },
  { name: 'js-cookie', module: 'node_modules/js-cookie/dist/js.cookie.mjs' },
  { name: 'French', module: 'src/i18n/fr.ts' },
  { name: 'blocked elements', module: 'src/blocked.ts' },
  { name: 'cross-tab', module: 'src/integrations/tabs.ts' },
  { name: 'dialog keyboard', module: 'src/banner/dialog.ts' },
  { name: 'GPC', module: 'src/integrations/gpc.ts' }
]

// The module's exports, each an empty value: enough for the bundle to build (it never runs).
let empty = file =>
  [...readFileSync(file, 'utf8').matchAll(/^export (?:(?:const|let|function) (\w+)|.*as default)/gm)]
    .map(([, name]) => (name ? `export const ${name} = 0` : 'export default 0'))
    .join('\n')

let gzipOf = stub =>
  gzipBytes(`export * from './src/index.ts'`, {
    plugins: [
      {
        name: 'leave-out',
        setup(build) {
          if (stub) build.onLoad({ filter: /./ }, ({ path }) => (path.endsWith(stub) ? { contents: empty(stub), loader: 'js' } : undefined))
        }
      }
    ]
  })

/** `[{ name, module, bytes }]`: what each part adds to `consentry`, in B gzip. */
export async function measureParts() {
  let whole = await gzipOf()
  let results = []
  for (let part of PARTS) {
    let without = await gzipOf(part.module)
    if (without >= whole) throw new Error(`parts: leaving out ${part.module} saved nothing (is it still in the bundle?)`)
    results.push({ ...part, bytes: whole - without })
  }
  return results
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (let part of await measureParts()) console.log(`${part.name.padEnd(18)} ${String(part.bytes).padStart(5)} B gzip  (${part.module})`)
}
