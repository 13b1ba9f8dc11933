import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'tsup'
import type { Options } from 'tsup'

import { preferencesCss } from './src/ui/preferences/styles.js'
import { bannerCss } from './src/ui/styles.js'

type Plugin = NonNullable<Options['esbuildPlugins']>[number]

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
const localeEvent: Plugin = {
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
// consentry/react and consentry/vue import the engine from 'consentry' itself (src/frameworks/engine.ts
// stands for it in the sources): an app that also imports 'consentry', a locale or an integration
// then ships one engine with one registry, not a second copy inside the binding.
const engineFromPackage: Plugin = {
  name: 'consentry-engine-from-package',
  setup(build) {
    build.onResolve({ filter: /^\.\/engine\.js$/ }, () => ({ path: 'consentry', external: true }))
  }
}
// The script tag has no code splitting: its second layer (the preferences dialog) is a sibling
// file, dist/consentry.preferences.iife.js, that the drop-in loads on demand. This swaps the npm
// build's dynamic import (ui/preferences/load.ts) for the module that loads that file.
const preferencesFromSibling: Plugin = {
  name: 'consentry-preferences-sibling',
  setup(build) {
    build.onResolve({ filter: /\/preferences\/load\.js$/ }, () => ({
      path: fileURLToPath(new URL('./src/ui/preferences/load-script-tag.ts', import.meta.url))
    }))
  }
}
// Likewise the drop-in loads the opt-out control and the time-zone table from sibling files
// (dist/consentry.opt-out.iife.js, dist/consentry.zones.iife.js), only when a page needs them.
const jurisdictionsFromSiblings: Plugin = {
  name: 'consentry-jurisdictions-siblings',
  setup(build) {
    let swap = (filter: RegExp, file: string): void => {
      build.onResolve({ filter }, () => ({ path: fileURLToPath(new URL(file, import.meta.url)) }))
    }
    swap(/\/opt-out\/load\.js$/, './src/ui/opt-out/load-script-tag.ts')
    swap(/\/load-zones\.js$/, './src/jurisdictions/load-zones-script-tag.ts')
  }
}
// The drop-in checks its JSON services with dist/services.iife.js's validateService before the
// engine sees them (src/script-tag/services.ts): this keeps the engine's full service checks,
// about 1 KB, out of the critical path.
const servicesCheckedByAddOn: Plugin = {
  name: 'consentry-services-checked-by-add-on',
  setup(build) {
    build.onResolve({ filter: /\/services\/validate\.js$/ }, args =>
      args.importer.includes('/core/')
        ? { path: fileURLToPath(new URL('./src/script-tag/validated-services.ts', import.meta.url)) }
        : undefined
    )
  }
}
const locales = readdirSync('src/entries/locales').map(file => file.replace(/\.ts$/, ''))
const localeEntries = Object.fromEntries(locales.map(lang => [`locales/${lang}`, `src/entries/locales/${lang}.ts`]))

// Empty dist/ once before the blocks below build side by side (tsup's `clean` per block races).
rmSync('dist', { recursive: true, force: true })

export default defineConfig([
  {
    entry: {
      index: 'src/entries/index.ts',
      headless: 'src/entries/headless.ts',
      server: 'src/entries/server.ts',
      testing: 'src/entries/testing.ts',
      // Opt-in integrations: they register into a registry chunk shared with index.
      'consent-mode': 'src/entries/consent-mode.ts',
      proof: 'src/entries/proof.ts',
      embeds: 'src/entries/embeds.ts',
      // consentry/services: the service model and the vendor presets.
      services: 'src/entries/services.ts',
      // consentry/locales/<lang>: they share the registry chunk with index (splitting, also for CJS).
      ...localeEntries
    },
    format: ['esm', 'cjs'],
    dts: true,
    // dist/ is emptied once above: a `clean` here would also delete, from its DTS worker, the
    // declarations that the Node-only block below writes at the same time.
    splitting: true,
    target: 'es2020',
    // nanoevents 9 is ESM-only: bundle it so the CJS build never needs require(esm).
    noExternal: ['nanoevents'],
    // consentry/style.css: the very CSS the banner and the dialog apply, for sites that prefer a <link>.
    onSuccess: async () => writeFileSync('dist/style.css', bannerCss + preferencesCss)
  },
  // The default drop-in, and the one with every integration (Consent Mode, proof, embeds).
  // V8's explicit compile hint: compile every function with the script (off the main thread, while
  // it streams) rather than lazily at its first call, since nearly all of the drop-in runs at load:
  // 10-15 ms less main-thread script on a 4×-throttled phone (bench/). Chromium 136+; others ignore it.
  {
    ...scriptTag,
    entry: { consentry: 'src/entries/script-tag.ts', 'consentry.full': 'src/entries/script-tag-full.ts' },
    banner: { js: '//# allFunctionsCalledOnLoad' },
    esbuildPlugins: [preferencesFromSibling, jurisdictionsFromSiblings, servicesCheckedByAddOn],
    // js-cookie's license line stays where its code is, rather than in a longer block at the end.
    esbuildOptions: options => {
      options.legalComments = 'inline'
    }
  },
  {
    ...scriptTag,
    entry: {
      ...localeEntries,
      // dist/services.iife.js: announces the preset catalogue with a `consentry:services` event.
      services: 'src/entries/services-script.ts',
      // The second layer of the drop-in, loaded on demand (compiled lazily: it runs at a click).
      'consentry.preferences': 'src/entries/preferences-script.ts',
      // The opt-out policy's control and the time-zone table, loaded on demand by the drop-in.
      'consentry.opt-out': 'src/entries/opt-out-script.ts',
      'consentry.zones': 'src/entries/zones-script.ts'
    },
    esbuildPlugins: [localeEvent]
  },
  // The framework bindings: thin adapters; React and Vue are optional peer dependencies.
  {
    entry: { react: 'src/entries/react.ts', vue: 'src/entries/vue.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    target: 'es2020',
    external: ['consentry', 'react', 'react-dom', 'vue'],
    esbuildPlugins: [engineFromPackage]
  },
  // Node-only entries, never in a browser bundle: consentry/audit, consentry/ledger (ESM + CJS, types)
  // and the `consentry` command (dist/cli.js). playwright-core, PGlite and postgres are optional
  // peer dependencies, loaded with import() when an audit runs or a store opens.
  {
    entry: { audit: 'src/entries/audit.ts', ledger: 'src/entries/ledger.ts', cli: 'src/entries/cli.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { audit: 'src/entries/audit.ts', ledger: 'src/entries/ledger.ts' } },
    platform: 'node',
    target: 'node20',
    splitting: true,
    external: ['playwright-core', '@electric-sql/pglite', 'postgres'],
    define: { __CONSENTRY_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) }
  }
])
