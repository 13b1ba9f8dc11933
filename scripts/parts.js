// What each part costs in the drop-in's critical path (src/entries/script-tag.ts, the preferences
// dialog apart): its min+gzip size minus the size with that part's module(s) replaced by empty
// exports. Parts share gzip's dictionary, so the numbers do not add up to the total; they say what
// leaving one part out would save.
//   node scripts/parts.js            table
// README.md quotes them as `<!--part:NAME-->1.2 KB` (`node scripts/size.js --readme` rewrites them).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { gzipBytes, secondLayerApart } from './bundle.js'

export const PARTS = [
  { name: 'CSS', modules: ['src/ui/styles.ts'] },
  { name: 'js-cookie', modules: ['node_modules/js-cookie/dist/js.cookie.mjs'] },
  { name: 'French', modules: ['src/i18n/fr.ts'] },
  { name: 'script-tag reader', modules: ['src/script-tag/config.ts'] },
  { name: 'config checks', modules: ['src/core/config.ts', 'src/ui/options.ts'] },
  { name: 'cookie format', modules: ['src/core/cookie-format.ts'] },
  { name: 'cookie storage', modules: ['src/core/storage.ts'] },
  { name: 'blocked elements', modules: ['src/core/blocked.ts'] },
  { name: 'first layer', modules: ['src/ui/first-layer.ts', 'src/ui/buttons.ts', 'src/ui/root.ts', 'src/i18n/purposes.ts'] },
  { name: 'reopen control', modules: ['src/ui/reopen.ts', 'src/ui/room.ts'] },
  { name: 'cross-tab', modules: ['src/integrations/built-in/cross-tab.ts'] },
  { name: 'GPC', modules: ['src/integrations/built-in/gpc.ts'] }
]

// The module's exports, each an empty value: enough for the bundle to build (it never runs).
let empty = file =>
  [...readFileSync(file, 'utf8').matchAll(/^export (?:(?:const|let|function|class) (\w+)|.*as default)/gm)]
    .map(([, name]) => (name ? `export const ${name} = 0` : 'export default 0'))
    .join('\n')

// As in the drop-in's build (tsup.config.ts): the engine's full service checks are left to the
// services add-on.
const servicesCheckedByAddOn = {
  name: 'services-checked-by-add-on',
  setup(build) {
    build.onResolve({ filter: /\/services\/validate\.js$/ }, args =>
      args.importer.includes('/core/') ? { path: resolve('src/script-tag/validated-services.ts') } : undefined
    )
  }
}

let gzipOf = (stubs = []) =>
  gzipBytes(`import './src/entries/script-tag.ts'`, {
    plugins: [
      secondLayerApart,
      servicesCheckedByAddOn,
      {
        name: 'leave-out',
        setup(build) {
          build.onLoad({ filter: /./ }, ({ path }) => {
            let stub = stubs.find(module => path.endsWith(module))
            return stub ? { contents: empty(stub), loader: 'js' } : undefined
          })
        }
      }
    ]
  })

/** `[{ name, modules, bytes }]`: what each part adds to the critical path, in B gzip. */
export async function measureParts() {
  let whole = await gzipOf()
  let results = []
  for (let part of PARTS) {
    let without = await gzipOf(part.modules)
    if (without >= whole) throw new Error(`parts: leaving out ${part.modules} saved nothing (is it still in the bundle?)`)
    results.push({ ...part, bytes: whole - without })
  }
  return results
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (let part of await measureParts()) {
    console.log(`${part.name.padEnd(18)} ${String(part.bytes).padStart(5)} B gzip  (${part.modules.join(', ')})`)
  }
}
