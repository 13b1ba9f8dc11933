import type { Consent } from '../../core/types.js'
import type { Shown } from '../../i18n/shown.js'
import type { Theme } from '../options.js'

/** What the first layer gives the second when it opens the preferences. */
export interface PreferencesContext {
  consent: Consent
  shown: Shown
  theme: Theme
  /** Whether the "Global Privacy Control honored" line shows. */
  gpcHonored: boolean
  /** A fresh id prefix, unique in the page. */
  newId(): string
  /** Puts a root element in the page (where the banner goes). */
  mount(root: HTMLElement): void
  /** Applies the second layer's CSS (once; removed with the instance). */
  addStyles(css: string): void
  /** Runs once the dialog is closed, however. */
  onClose(): void
}

/** The second layer: what `import('./dialog.js')` (or the script tag's sibling file) provides. */
export interface PreferencesModule {
  /** Builds, mounts and opens the preferences dialog; focus goes to its first control. */
  openPreferences(context: PreferencesContext): HTMLDialogElement
  /** The switches' state, for Save. */
  readSwitches(dialog: HTMLDialogElement): Record<string, boolean>
}
