// How scripts/size.js and scripts/parts.js weigh code: bundled like a site's build would (esbuild,
// minified, ES2020), then gzip -9.
import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'

/**
 * Leaves out whatever is imported with `import()` (the preferences dialog, the opt-out control,
 * the time-zone table), as a bundler does (each gets its own chunk): what remains is what a page
 * loads up front.
 */
export const secondLayerApart = {
  name: 'second-layer-apart',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /.*/ }, args =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined
    )
  }
}

/**
 * Min+gzip bytes of `code` (TypeScript, resolved from the repo root) bundled with its imports;
 * `external` names packages left out, `plugins` are esbuild plugins.
 *
 * @example
 * await gzipBytes(`export * from './src/entries/headless.ts'`, { external: ['js-cookie'] })
 */
export async function gzipBytes(code, { external = [], plugins = [] } = {}) {
  let out = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    write: false,
    legalComments: 'none',
    external,
    plugins
  })
  return gzipSync(out.outputFiles[0].contents, { level: 9 }).length
}
