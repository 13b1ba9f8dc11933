// @vitest-environment node
// Bundled like a site's build would and weighed like scripts/bundle.js does (esbuild, minified,
// ES2020, gzip -9), in Node: happy-dom is not needed.
import { build } from 'esbuild'
import type { BuildOptions } from 'esbuild'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

// @ts-expect-error: a plain .js script without types
import { BUNDLE_OPTIONS as SHARED } from '../../scripts/bundle.js'

const BUNDLE_OPTIONS = SHARED as BuildOptions & { write: false }

// One host per loader preset: none may reach a bundle that imports only youtube.
const OTHER_PRESETS = [
  'googletagmanager.com/gtag', 'googletagmanager.com/gtm', 'connect.facebook.net', 'clarity.ms', 'bat.bing.com',
  'static.hotjar.com', 'matomo.js', 'snap.licdn.com', 'analytics.tiktok.com', 'player.vimeo.com', 'maps.google.com'
]

async function bundle(code: string): Promise<string> {
  let out = await build({ ...BUNDLE_OPTIONS, stdin: { contents: code, resolveDir: process.cwd(), loader: 'ts' } })
  return out.outputFiles[0].text
}

const gzipBytes = async (code: string): Promise<number> => gzipSync(await bundle(code), { level: 9 }).length

describe('consentry/services', () => {
  it('tree-shakes: importing youtube bundles no other preset', async () => {
    let code = await bundle(`import { youtube } from './src/entries/services.ts'\nconsole.log(youtube())`)
    expect(code).toContain('youtube-nocookie.com')
    for (let host of OTHER_PRESETS) expect(code, host).not.toContain(host)
  }, 60000)

  it('weighs one preset alone at a small fraction of the whole entry', async () => {
    let all = await gzipBytes(`export * from './src/entries/services.ts'`)
    let one = await gzipBytes(`import { googleAnalytics } from './src/entries/services.ts'\nconsole.log(googleAnalytics)`)
    console.log(`consentry/services min+gzip: all ${all} B, googleAnalytics alone ${one} B`)
    expect(one * 3).toBeLessThan(all)
  }, 60000)
})
