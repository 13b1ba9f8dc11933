import { defineComponent, getCurrentInstance, getCurrentScope, inject, onMounted, onScopeDispose, readonly, shallowRef } from 'vue'
import type { App, InjectionKey, Ref } from 'vue'

import type { ConsentUI, ConsentUIConfig } from './engine.js'
import { adopt, checkCategory, consentFor } from './registry.js'
import type { Setup } from './registry.js'

const KEY: InjectionKey<ConsentUI> = Symbol('consentry')

let isInstance = (value: ConsentUIConfig | ConsentUI): value is ConsentUI =>
  typeof (value as ConsentUI)?.acceptAll == 'function'

/**
 * Gives the app the page's consent instance: `app.use(consentPlugin, config, setup?)`, or an
 * instance the app created itself instead of `config`. A second app with the same cookie name
 * reuses the instance: one banner, each loader once (`setup` runs only when it is created).
 *
 * @example
 * createApp(App).use(consentPlugin, { categories: ['analytics'] }, c => c.loadScript('analytics', '/a.js'))
 */
export const consentPlugin = {
  install(app: App, config: ConsentUIConfig | ConsentUI, setup?: Setup): void {
    app.provide(KEY, isInstance(config) ? adopt(config) : consentFor(config, setup))
  }
}

/**
 * The app's instance (acceptAll, showPreferences, whenGranted…), in `setup()` or a composable.
 *
 * @example
 * let consent = useConsent()
 * let openSettings = () => consent.showPreferences()
 */
export function useConsent(): ConsentUI {
  let consent = inject(KEY, null)
  if (!consent) throw new TypeError('consentry: useConsent: install the plugin, app.use(consentPlugin, config) (got none)')
  return consent
}

/**
 * Whether `category` is granted, as a readonly ref that follows every change. False on the
 * server; in a component it turns true once mounted, so hydration matches the server's HTML.
 *
 * @example
 * let analytics = useGranted('analytics') // analytics.value: boolean
 */
export function useGranted(category: string): Readonly<Ref<boolean>> {
  let consent = useConsent()
  checkCategory(consent, category)
  let granted = shallowRef(false)
  if (typeof document == 'object') {
    let update = (): void => {
      granted.value = consent.isGranted(category)
    }
    let off = consent.on('change', update)
    if (getCurrentScope()) onScopeDispose(off)
    // A component reads the state once mounted (hydration sees the server's false); a
    // composable outside one reads it now.
    if (getCurrentInstance()) onMounted(update)
    else update()
  }
  return readonly(granted)
}

/**
 * Renders its default slot only while `category` is granted, else the `fallback` slot.
 *
 * @example
 * <ConsentGate category="marketing">
 *   <VideoPlayer />
 *   <template #fallback><p>Allow marketing cookies to see this video.</p></template>
 * </ConsentGate>
 */
export const ConsentGate = defineComponent({
  name: 'ConsentGate',
  props: { category: { type: String, required: true } },
  setup(props, { slots }) {
    let granted = useGranted(props.category)
    return () => (granted.value ? slots.default?.() : slots.fallback?.())
  }
})
