// consentry/vue in happy-dom: one instance per cookie whatever installs it, a readonly ref that
// follows the visitor's choice, a gate with a fallback slot, and SSR HTML that hydrates cleanly.
import { renderToString } from '@vue/server-renderer'
import { createApp, createSSRApp, defineComponent, effectScope, h, isReadonly, nextTick } from 'vue'
import type { App, Component } from 'vue'
import { afterEach, expect, it, vi } from 'vitest'

import { ConsentGate, consentPlugin, useConsent, useGranted } from '../../src/entries/vue.js'
import type { ConsentUI, ConsentUIConfig } from '../../src/entries/vue.js'
import { clearDecision, seedDecision } from '../../src/entries/testing.js'

const config = (): ConsentUIConfig => ({ categories: ['analytics', 'marketing'], privacyPolicyUrl: '/privacy', lang: 'en' })

let apps: App[] = []
let seen = new Set<ConsentUI>()

function forgetInstances(): void {
  for (let consent of seen) consent.destroy()
  seen.clear()
}

afterEach(() => {
  for (let app of apps) app.unmount()
  apps = []
  forgetInstances()
  clearDecision()
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

/** Records the instance the app gives its components. */
const Probe = defineComponent({
  setup(_props, { slots }) {
    seen.add(useConsent())
    return () => h('div', slots.default?.())
  }
})

function mount(root: Component, ...options: [ConsentUIConfig | ConsentUI, ((consent: ConsentUI) => void)?]): HTMLElement {
  let container = document.body.appendChild(document.createElement('div'))
  let app = createApp(root).use(consentPlugin, ...options)
  apps.push(app)
  app.mount(container)
  return container
}

const gate = (): Component => ({
  render: () =>
    h(Probe, () => h(ConsentGate, { category: 'marketing' }, { default: () => 'video', fallback: () => 'no video' }))
})

const banners = (): number => document.querySelectorAll('[data-consentry="banner"]').length

it('creates one banner and runs setup once for two apps with the same cookie', () => {
  let setup = vi.fn()
  mount(Probe, config(), setup)
  mount(Probe, config(), setup)
  expect(seen.size).toBe(1)
  expect(banners()).toBe(1)
  expect(setup).toHaveBeenCalledTimes(1)
})

it('keeps the instance after the app unmounts, and runs a loader once', () => {
  let runs = 0
  let setup = (consent: ConsentUI): void => {
    consent.whenGranted('analytics', () => runs++)
  }
  mount(Probe, config(), setup)
  let [consent] = seen
  consent.acceptAll()
  apps.pop()!.unmount()
  mount(Probe, config(), setup)
  expect(seen.size).toBe(1)
  expect(runs).toBe(1)
  expect(banners()).toBe(0)
})

it('throws a TypeError when another config comes for the same cookie', () => {
  mount(Probe, config())
  expect(() => mount(Probe, { categories: ['analytics'] })).toThrow(
    /^consentry: config: the page already has an instance for cookie "consentry" from .*: pass the same config/
  )
})

it('adopts an instance passed instead of a config', async () => {
  let { createConsent } = await import('../../src/create-consent.js')
  let own = createConsent(config())
  seen.add(own)
  mount(Probe, own)
  expect([...seen]).toEqual([own])
  expect(banners()).toBe(1)
})

it('shows the fallback slot until the category is granted, and again after a reset', async () => {
  let container = mount(gate(), config())
  let [consent] = seen
  expect(container.textContent).toBe('no video')
  consent.save({ marketing: true })
  await nextTick()
  expect(container.textContent).toBe('video')
  consent.reset()
  await nextTick()
  expect(container.textContent).toBe('no video')
})

it('gives a readonly ref from useGranted, also outside a component, until its scope stops', () => {
  mount(Probe, config())
  let [consent] = seen
  let scope = effectScope()
  let granted = apps[0].runWithContext(() => scope.run(() => useGranted('analytics')))!
  expect(isReadonly(granted)).toBe(true)
  expect(granted.value).toBe(false)
  consent.acceptAll()
  expect(granted.value).toBe(true)
  scope.stop()
  consent.rejectAll()
  expect(granted.value).toBe(true)
})

it('throws a TypeError for an unknown category and without the plugin', () => {
  mount(Probe, config())
  let warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  expect(() => apps[0].runWithContext(() => useGranted('analytcs'))).toThrow(
    new TypeError('consentry: category: pass one of analytics, marketing (got "analytcs")')
  )
  expect(() => useConsent()).toThrow(
    new TypeError('consentry: useConsent: install the plugin, app.use(consentPlugin, config) (got none)')
  )
  // Vue's own warning for inject() outside setup.
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('inject() can only be used inside setup()'))
})

it('renders the fallback on the server and hydrates without a mismatch warning', async () => {
  let server = createSSRApp(gate()).use(consentPlugin, config())
  let html = await renderToString(server)
  // What the server saw stays there; the browser then has a stored decision.
  forgetInstances()
  seedDecision({ analytics: true, marketing: true })
  // The slot renders as a fragment, hence Vue's markers.
  expect(html).toBe('<div><!--[-->no video<!--]--></div>')
  let container = document.body.appendChild(document.createElement('div'))
  container.innerHTML = html
  let warnings: string[] = []
  let warn = vi.spyOn(console, 'warn')
  let error = vi.spyOn(console, 'error')
  let client = createSSRApp(gate()).use(consentPlugin, config())
  client.config.warnHandler = message => warnings.push(message)
  apps.push(client)
  client.mount(container)
  await nextTick()
  expect(warnings).toEqual([])
  expect(warn).not.toHaveBeenCalled()
  expect(error).not.toHaveBeenCalled()
  // The stored decision applies right after hydration.
  expect(container.textContent).toBe('video')
  expect(banners()).toBe(0)
})
