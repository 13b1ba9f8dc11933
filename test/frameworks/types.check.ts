// Type tests of the bindings: `tsc --noEmit` (part of npm test) compiles this file. Every line must
// type-check, and every `@ts-expect-error` line must NOT.
import { createElement } from 'react'
import { createApp } from 'vue'
import type { Ref } from 'vue'

import * as react from '../../src/entries/react.js'
import * as vue from '../../src/entries/vue.js'
import type { ConsentUI, Setup } from '../../src/entries/react.js'

export function reactUsage(): void {
  let setup: Setup = consent => consent.loadScript('analytics', '/a.js')
  createElement(react.ConsentProvider, { config: { categories: ['analytics'], lang: 'fr', theme: 'dark' }, setup })
  createElement(react.ConsentGate, { category: 'analytics', fallback: 'off' }, 'on')
  let consent: ConsentUI = react.useConsent()
  let granted: boolean = react.useGranted('analytics')
  let method: string | undefined = react.useDecision()?.method
  consent.showPreferences()
  void [granted, method]
  // @ts-expect-error: the config needs categories
  createElement(react.ConsentProvider, { config: { lang: 'fr' } })
  // @ts-expect-error: a gate needs its category
  createElement(react.ConsentGate, { fallback: 'off' })
  // @ts-expect-error: a category is a string
  react.useGranted(1)
}

export function vueUsage(): void {
  createApp({}).use(vue.consentPlugin, { categories: ['analytics'] }, consent => consent.loadScript('analytics', '/a.js'))
  let granted: Readonly<Ref<boolean>> = vue.useGranted('analytics')
  // @ts-expect-error: the ref is readonly
  granted.value = true
  // @ts-expect-error: the plugin needs a config
  createApp({}).use(vue.consentPlugin)
}
