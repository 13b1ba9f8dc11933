import { defineConfig } from 'tsup'

export default defineConfig([
  {
    entry: { index: 'src/index.ts', headless: 'src/headless.ts', server: 'src/server.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    splitting: true,
    target: 'es2020',
    // nanoevents 9 is ESM-only: bundle it so the CJS build never needs require(esm).
    noExternal: ['nanoevents']
  }
])
