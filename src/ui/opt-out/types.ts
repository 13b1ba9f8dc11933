import type { Consent } from '../../core/types.js'
import type { Shown } from '../../i18n/shown.js'
import type { MountedBanner } from '../mount.js'
import type { ReopenPlace, Theme } from '../options.js'

/** What the instance gives the opt-out control when the policy in force is opt-out. */
export interface OptOutContext {
  consent: Consent
  /** The language shown now (the control's texts follow it). */
  shown: () => Shown
  /** The config's `lang` ('auto' or a tag). */
  lang?: string
  theme: Theme
  /** Where the floating control sits; false: none (the site links to it with data-consentry-open). */
  place: ReopenPlace
  /** Whether Global Privacy Control refuses the `sale` categories on this page. */
  gpc: boolean
  nonce?: string
  root?: HTMLElement
}

/** The opt-out control's module, loaded on demand (`import('./control.js')` or a sibling file). */
export interface OptOutModule {
  /** Mounts the persistent control and routes its clicks; `show()` opens its dialog. */
  mountOptOut(context: OptOutContext): MountedBanner
}
