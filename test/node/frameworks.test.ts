// The bindings on a server: Node with no window or document at all (any access would throw).
import { createElement } from 'react'
import { renderToString as renderReact } from 'react-dom/server'
import { renderToString as renderVue } from '@vue/server-renderer'
import { createSSRApp, defineComponent, h } from 'vue'
import { expect, it } from 'vitest'

import * as react from '../../src/entries/react.js'
import * as vue from '../../src/entries/vue.js'
import type { ConsentUI } from '../../src/entries/react.js'

const config = { categories: ['analytics', 'marketing'], privacyPolicyUrl: '/privacy' }

it('runs with no DOM', () => {
  expect(typeof window).toBe('undefined')
  expect(typeof document).toBe('undefined')
})

it('renders React gates as their fallback, with a new instance per render', () => {
  let instances: ConsentUI[] = []
  function Page(): ReturnType<typeof createElement> {
    instances.push(react.useConsent())
    return createElement(
      'main',
      null,
      String(react.useGranted('analytics')),
      createElement(react.ConsentGate, { category: 'marketing', fallback: 'no video' }, 'video')
    )
  }
  let app = createElement(react.ConsentProvider, { config }, createElement(Page))
  expect(renderReact(app)).toBe('<main>false<!-- -->no video</main>')
  renderReact(app)
  expect(instances).toHaveLength(2)
  expect(instances[0]).not.toBe(instances[1])
})

it('renders Vue gates as their fallback slot, with a new instance per app', async () => {
  let instances: ConsentUI[] = []
  let Page = defineComponent({
    setup() {
      instances.push(vue.useConsent())
      let granted = vue.useGranted('analytics')
      return () =>
        h('main', [String(granted.value), h(vue.ConsentGate, { category: 'marketing' }, { default: () => 'video', fallback: () => 'no video' })])
    }
  })
  let render = (): Promise<string> => renderVue(createSSRApp(Page).use(vue.consentPlugin, config))
  expect(await render()).toBe('<main>false<!--[-->no video<!--]--></main>')
  await render()
  expect(instances).toHaveLength(2)
  expect(instances[0]).not.toBe(instances[1])
})
