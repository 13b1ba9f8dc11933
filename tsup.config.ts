import { readdirSync, rmSync, writeFileSync } from 'node:fs'
import { defineConfig } from 'tsup'
import type { Options } from 'tsup'

import { css } from './src/banner/styles.js'

// Script-tag files: dist/consentry.iife.js (the drop-in) and dist/locales/<lang>.iife.js. A locale
// file cannot share the drop-in's registry, so in these builds `addLocale` announces the texts with
// a `consentry:locale` event that the drop-in listens for (no extra global).
const scriptTag: Options = {
  format: ['iife'],
  // Terser with its safe defaults packs these files 2-3% smaller than esbuild's minifier (about
  // 200 B gzip on the drop-in). It keeps only the comments that must ship: the V8 compile hint
  // (`//# …`, first line) and license lines (`/*! … */`). `toplevel: false` overrides tsup's
  // default for IIFEs: with it terser unwraps a locale file's IIFE into page globals. `ascii_only`
  // escapes é and the like as esbuild does, so the texts survive a page that is not UTF-8.
  minify: 'terser',
  terserOptions: { toplevel: false, format: { comments: /^[#!]/, ascii_only: true } },
  target: 'es2020',
  noExternal: [/.*/],
  outExtension: () => ({ js: '.iife.js' })
}
const localeEvent: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'consentry-locale-event',
  setup(build) {
    build.onResolve({ filter: /registry\.js$/ }, () => ({ path: 'registry', namespace: 'consentry-locale' }))
    build.onLoad({ filter: /.*/, namespace: 'consentry-locale' }, () => ({
      contents:
        'export let addLocale = (lang, texts) => ' +
        "document.dispatchEvent(new CustomEvent('consentry:locale', { detail: { lang, texts } }))",
      loader: 'js'
    }))
  }
}
const locales = readdirSync('src/locales').map(file => file.replace(/\.ts$/, ''))
// dist/ is emptied once, here, rather than with `clean: true`: tsup's clean also deletes every
// .d.ts when that block's declaration build starts, which can come after another block wrote its own.
rmSync('dist', { recursive: true, force: true })

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      headless: 'src/headless.ts',
      server: 'src/server.ts',
      testing: 'src/testing/index.ts',
      // Opt-in integrations: they register into a registry chunk shared with index.
      'consent-mode': 'src/consent-mode.ts',
      proof: 'src/proof.ts',
      embeds: 'src/embeds.ts',
      // consentry/locales/<lang>: they share the registry chunk with index (splitting, also for CJS).
      ...Object.fromEntries(locales.map(lang => [`locales/${lang}`, `src/locales/${lang}.ts`]))
    },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    target: 'es2020',
    // nanoevents 9 is ESM-only: bundle it so the CJS build never needs require(esm).
    noExternal: ['nanoevents'],
    // consentry/style.css: the very CSS the banner applies, for sites that prefer a <link>.
    onSuccess: async () => writeFileSync('dist/style.css', css)
  },
  // The default drop-in, and the one with every integration (Consent Mode, proof, embeds).
  // V8's explicit compile hint: compile every function with the script (off the main thread, while
  // it streams) rather than lazily at its first call, since nearly all of the drop-in runs at load:
  // 10-15 ms less main-thread script on a 4×-throttled phone (bench/). Chromium 136+; others ignore it.
  {
    ...scriptTag,
    entry: { consentry: 'src/auto.ts', 'consentry.full': 'src/auto-full.ts' },
    banner: { js: '//# allFunctionsCalledOnLoad' },
    // js-cookie's license line stays where its code is, rather than in a longer block at the end.
    esbuildOptions: options => {
      options.legalComments = 'inline'
    }
  },
  {
    ...scriptTag,
    entry: Object.fromEntries(locales.map(lang => [`locales/${lang}`, `src/locales/${lang}.ts`])),
    esbuildPlugins: [localeEvent]
  },
  // Node-only: consentry/ledger and the `consentry` command (dist/cli.js). Never in a browser
  // bundle; PGlite and postgres are optional peers, imported when a store opens.
  {
    entry: { ledger: 'src/entries/ledger.ts', cli: 'src/entries/cli.ts' },
    format: ['esm', 'cjs'],
    platform: 'node',
    target: 'node20',
    dts: { entry: { ledger: 'src/entries/ledger.ts' } },
    splitting: true,
    external: ['@electric-sql/pglite', 'postgres']
  }
])
