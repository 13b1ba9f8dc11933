import type { Consent } from '../../core/types.js'
import type { Shown } from '../../i18n/shown.js'
import type { Theme } from '../options.js'
import { applyStyles } from '../styles.js'
import { loadedPreferences, loadPreferences } from './load.js'
import type { PreferencesModule } from './types.js'

export interface OpenerContext {
  consent: Consent
  shown: () => Shown
  theme: () => Theme
  gpcHonored: () => boolean
  newId: () => string
  mount: (element: HTMLElement) => void
  nonce?: string
  /** Where focus goes when the dialog closes and its opener is gone (the reopen control). */
  fallbackFocus: () => HTMLElement | undefined
}

/** The way from the first layer to the second: what opens, tracks and closes the dialog. */
export interface PreferencesOpener {
  /** Opens the dialog, loading its module first when it is not there yet (once). */
  open(from: Element | null): void
  /** The dialog shown now, if any. */
  current(): HTMLDialogElement | undefined
  /** The switches' state of the dialog shown now, for Save. */
  readSwitches(): Record<string, boolean>
  /** A listener for pointer and focus events on the banner: intent towards Customize prefetches. */
  prefetchOnIntent(event: Event): void
  /** Closes the dialog and removes the second layer's styles. */
  destroy(): void
}

/**
 * Opens the preferences dialog — the second layer — from the first: its module loads on demand
 * (once), a click that comes first opens the dialog when it arrives, and a module that cannot load
 * is reported once on 'error' (the visitor can still accept or refuse on the first layer).
 *
 * @example
 * let preferences = createOpener({ consent, shown, theme: () => 'auto', gpcHonored, newId, mount, fallbackFocus })
 * preferences.open(document.activeElement)
 */
export function createOpener(context: OpenerContext): PreferencesOpener {
  let { consent } = context
  let dialog: HTMLDialogElement | undefined
  let opener: HTMLElement | undefined
  let openRequested = false
  let reportedLoadFailure = false
  let destroyed = false
  let styles = new Map<string, () => void>()

  let openNow = (module: PreferencesModule): void => {
    openRequested = false
    if (dialog || destroyed) return
    dialog = module.openPreferences({
      consent,
      shown: context.shown(),
      theme: context.theme(),
      gpcHonored: context.gpcHonored(),
      newId: context.newId,
      mount: context.mount,
      addStyles(css) {
        if (!styles.has(css)) styles.set(css, applyStyles(css, context.nonce))
      },
      onClose() {
        dialog = undefined
        // After a decision the opener (Customize) is gone: go to the reopen control instead.
        let focusTarget = opener?.isConnected ? opener : context.fallbackFocus()
        focusTarget?.focus()
        consent.emit('hide')
      }
    })
    consent.emit('show', true)
  }

  let reportLoadFailure = (error: Error): void => {
    openRequested = false
    if (!reportedLoadFailure) {
      reportedLoadFailure = true
      console.error('[consentry]', error)
      consent.emit('error', error)
    }
  }

  return {
    open(from) {
      if (dialog || destroyed) return
      opener = (from as HTMLElement | null) ?? undefined
      let module = loadedPreferences()
      if (module) return openNow(module)
      if (openRequested) return
      openRequested = true
      loadPreferences().then(openNow, reportLoadFailure)
    },
    current: () => dialog,
    // Save exists only in the dialog, so the module that built it is there.
    readSwitches: () => loadedPreferences()!.readSwitches(dialog!),
    prefetchOnIntent(event) {
      if ((event.target as Element).closest?.('[data-consentry-action="customize"]')) {
        loadPreferences().catch(() => {})
      }
    },
    destroy() {
      destroyed = true
      dialog?.close()
      for (let remove of styles.values()) remove()
    }
  }
}
