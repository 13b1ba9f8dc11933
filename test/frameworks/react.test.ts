// consentry/react in happy-dom: one instance per cookie whatever mounts it, hooks that follow the
// visitor's choice, and server HTML that hydrates without a mismatch.
import { act, createElement, StrictMode } from 'react'
import type { ReactNode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import type { Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, expect, it, vi } from 'vitest'

import { ConsentGate, ConsentProvider, useConsent, useDecision, useGranted } from '../../src/entries/react.js'
import type { ConsentUI, ConsentUIConfig } from '../../src/entries/react.js'
import { clearDecision, seedDecision } from '../../src/entries/testing.js'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const config = (): ConsentUIConfig => ({ categories: ['analytics', 'marketing'], privacyPolicyUrl: '/privacy', lang: 'en' })

let roots: Root[] = []
let seen = new Set<ConsentUI>()

function forgetInstances(): void {
  for (let consent of seen) consent.destroy()
  seen.clear()
}

afterEach(() => {
  for (let root of roots) act(() => root.unmount())
  roots = []
  forgetInstances()
  clearDecision()
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

/** Records the instance the tree below a provider sees. */
function Probe(): null {
  seen.add(useConsent())
  return null
}

function mount(node: ReactNode): Root {
  let container = document.body.appendChild(document.createElement('div'))
  let root = createRoot(container)
  roots.push(root)
  act(() => root.render(node))
  return root
}

const provider = (props: Partial<Parameters<typeof ConsentProvider>[0]>, ...children: ReactNode[]): ReactNode =>
  createElement(ConsentProvider, { config: config(), ...props }, createElement(Probe), ...children)

const banners = (): number => document.querySelectorAll('[data-consentry="banner"]').length

it('creates one banner and runs setup once under StrictMode', () => {
  let setup = vi.fn()
  mount(createElement(StrictMode, null, provider({ setup })))
  expect(banners()).toBe(1)
  expect(setup).toHaveBeenCalledTimes(1)
  expect(seen.size).toBe(1)
})

it('keeps the instance across unmount and remount, and runs a loader once', () => {
  let runs = 0
  let setup = (consent: ConsentUI): void => {
    consent.whenGranted('analytics', () => runs++)
  }
  let root = mount(createElement(StrictMode, null, provider({ setup })))
  let [first] = seen
  act(() => {
    first.acceptAll()
  })
  expect(runs).toBe(1)
  act(() => root.unmount())
  roots = []
  // A fresh but equal config, as after a hot update.
  mount(createElement(StrictMode, null, provider({ setup })))
  expect(seen.size).toBe(1)
  expect(runs).toBe(1)
  expect(banners()).toBe(0)
})

it('gives a second provider with the same cookie the first instance', () => {
  mount(provider({}))
  mount(provider({}))
  expect(seen.size).toBe(1)
  expect(banners()).toBe(1)
})

it('gives a provider with another cookie name its own instance', () => {
  mount(provider({}))
  mount(provider({ config: { ...config(), cookie: { name: 'other' } } }))
  expect(seen.size).toBe(2)
})

it('throws a TypeError when a second provider brings another config for the same cookie', () => {
  mount(provider({}))
  vi.spyOn(console, 'error').mockImplementation(() => {})
  expect(() => mount(provider({ config: { categories: ['analytics'] } }))).toThrow(
    /^consentry: config: the page already has an instance for cookie "consentry" from .*: pass the same config/
  )
  expect(banners()).toBe(1)
})

it('adopts an instance passed as consent, and refuses a second one for the same cookie', async () => {
  let { createConsent } = await import('../../src/create-consent.js')
  let own = createConsent(config())
  seen.add(own)
  mount(provider({ config: undefined, consent: own }))
  expect([...seen]).toEqual([own])
  let other = createConsent({ ...config(), ui: false })
  seen.add(other)
  vi.spyOn(console, 'error').mockImplementation(() => {})
  expect(() => mount(provider({ config: undefined, consent: other }))).toThrow(
    new TypeError('consentry: consent: the page already has another instance for cookie "consentry": pass that one (got a second instance)')
  )
})

it('creates a new instance once the app destroyed the first', () => {
  mount(provider({}))
  let [first] = seen
  first.destroy()
  expect(banners()).toBe(0)
  mount(provider({}))
  expect(seen.size).toBe(2)
  expect(banners()).toBe(1)
})

it('shows the fallback until the category is granted, and again after a reset', () => {
  mount(provider({}, createElement(ConsentGate, { category: 'marketing', fallback: 'no video' }, 'video')))
  let [consent] = seen
  let container = document.body.firstElementChild!
  expect(container.textContent).toBe('no video')
  act(() => {
    consent.save({ marketing: true })
  })
  expect(container.textContent).toBe('video')
  act(() => consent.reset())
  expect(container.textContent).toBe('no video')
})

it('re-renders useGranted and useDecision on each change', () => {
  function Status(): ReactNode {
    let decision = useDecision()
    return `${useGranted('analytics')} ${decision ? decision.method : 'none'}`
  }
  mount(provider({}, createElement(Status)))
  let [consent] = seen
  let container = document.body.firstElementChild!
  expect(container.textContent).toBe('false none')
  act(() => {
    consent.acceptAll()
  })
  expect(container.textContent).toBe('true accept-all')
  act(() => {
    consent.rejectAll()
  })
  expect(container.textContent).toBe('false reject-all')
  // A reset with nothing granted changes no category: the banner showing again announces it.
  act(() => consent.reset())
  expect(container.textContent).toBe('false none')
})

it('throws a TypeError for an unknown category and for a hook outside a provider', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  expect(() => mount(provider({}, createElement(ConsentGate, { category: 'analytcs' })))).toThrow(
    new TypeError('consentry: category: pass one of analytics, marketing (got "analytcs")')
  )
  expect(() => mount(createElement(ConsentGate, { category: 'analytics' }))).toThrow(
    new TypeError('consentry: useConsent: render inside <ConsentProvider config={…}> (got no provider)')
  )
})

it('renders the fallback on the server and hydrates without a mismatch', () => {
  let app = (): ReactNode =>
    provider({}, createElement('main', null, createElement(ConsentGate, { category: 'marketing', fallback: createElement('p', null, 'no video') }, createElement('video'))))
  let html = renderToString(app())
  expect(html).toBe('<main><p>no video</p></main>')
  // What the server saw stays there; the browser then has a stored decision.
  forgetInstances()
  seedDecision({ analytics: true, marketing: true })
  let container = document.body.appendChild(document.createElement('div'))
  container.innerHTML = html
  let recoverable = vi.fn()
  let consoleError = vi.spyOn(console, 'error')
  act(() => {
    roots.push(hydrateRoot(container, app(), { onRecoverableError: recoverable }))
  })
  expect(recoverable).not.toHaveBeenCalled()
  expect(consoleError).not.toHaveBeenCalled()
  // The stored decision applies right after hydration.
  expect(container.innerHTML).toBe('<main><video></video></main>')
  expect(banners()).toBe(0)
})
