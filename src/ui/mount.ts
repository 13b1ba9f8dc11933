import type { Consent, Unbind } from '../core/types.js'
import type { Shown } from '../i18n/shown.js'
import { adopt, serverBanner } from './adopt.js'
import { routeClicks } from './clicks.js'
import { toDom } from './dom.js'
import { firstLayer } from './first-layer.js'
import type { Layout, Position, ReopenPlace, Theme } from './options.js'
import { loadedPreferences, loadPreferences } from './preferences/load.js'
import type { PreferencesModule } from './preferences/types.js'
import { reopenControl } from './reopen.js'
import { reserveRoom } from './room.js'
import { resolveTheme } from './scheme.js'
import { applyStyles, bannerCss } from './styles.js'

export interface BannerOptions {
  theme?: Theme
  layout?: Layout
  position?: Position
  preferences?: boolean
  reopen?: ReopenPlace
  nonce?: string
  root?: HTMLElement
  /** The categories Global Privacy Control refuses on this page (the banner says it honored them). */
  gpcCategories: string[]
}

/** What the banner adds to the instance, and how to take it down. */
export interface MountedBanner {
  show(): void
  hide(): void
  showPreferences(): void
  /** Re-renders after a language changed or arrived. */
  refresh(): void
  destroy(): void
}

let uid = 0

/**
 * Mounts the banner on an engine instance: shows the first layer now when there is no decision,
 * hides it on any decision, offers the reopen control, and opens the preferences dialog — the
 * second layer, loaded on demand — from Customize, the reopen control, `[data-consentry-open]`
 * and `showPreferences()`. The module starts loading on the first pointer or focus on the banner,
 * so a click rarely waits; a click that comes first opens the dialog when it arrives.
 *
 * @example
 * let banner = mountBanner(consent, { theme: 'auto', gpcCategories: [] }, shown)
 */
export function mountBanner(consent: Consent, options: BannerOptions, shown: () => Shown): MountedBanner {
  let { theme = 'auto', position = 'bottom' } = options
  let reopen = options.reopen ?? true
  let removers: Array<() => void> = [applyStyles(bannerCss, options.nonce)]
  let secondLayerCss = new Set<string>()
  let banner: HTMLElement | undefined
  let dialog: HTMLDialogElement | undefined
  let reopenButton: HTMLElement | undefined
  let releaseRoom: Unbind | undefined
  let opener: HTMLElement | undefined
  let openRequested = false
  let reportedLoadFailure = false
  let destroyed = false

  let mount = (element: HTMLElement): void => {
    // <html> while the body does not exist yet: a tag in <head> shows the banner at first paint.
    ;(options.root ?? document.body ?? document.documentElement).appendChild(element)
  }
  let gpcHonored = (): boolean => options.gpcCategories.some(name => !consent.isGranted(name))
  let newId = (): string => 'consentry' + ++uid

  let setRoom = (element: HTMLElement | undefined, edge: 'top' | 'bottom'): void => {
    releaseRoom?.()
    releaseRoom = element ? reserveRoom(element, edge) : undefined
  }

  // The reopen control exists exactly when there is a decision and the banner is not shown.
  let syncReopen = (): void => {
    reopenButton?.remove()
    reopenButton = undefined
    if (reopen !== false && !banner && !destroyed && consent.getDecision()) {
      reopenButton = toDom(reopenControl({ ...shown(), theme: resolveTheme(theme), place: reopen }))
      mount(reopenButton)
      setRoom(reopenButton, 'bottom')
    } else if (!banner) setRoom(undefined, 'bottom')
  }

  let build = (titleId = newId()): HTMLElement => {
    let { texts, language } = shown()
    let { names, options: categoryOptions, privacyPolicyUrl } = consent.config
    return toDom(
      firstLayer({
        texts,
        language,
        names,
        options: categoryOptions,
        privacyPolicyUrl,
        theme: resolveTheme(theme),
        layout: options.layout,
        position,
        preferences: options.preferences,
        gpcHonored: gpcHonored(),
        titleId
      })
    )
  }

  // `server`: the banner consentry/server rendered into the page, taken over at start.
  let show = (server?: HTMLElement | null): void => {
    if (destroyed) return
    // A banner already shown is replaced.
    banner?.remove()
    let early: HTMLElement | null = null
    if (server) ({ banner, early } = adopt(server, build))
    else banner = build()
    // Intent to open the preferences: start fetching the second layer.
    for (let type of ['pointerover', 'focusin', 'touchstart']) banner.addEventListener(type, prefetch, { once: true, passive: true })
    if (!banner.isConnected) mount(banner)
    syncReopen()
    setRoom(position === 'center' ? undefined : banner, position === 'top' ? 'top' : 'bottom')
    consent.emit('show', false)
    // The click made before the script ran, once the code that created the instance has
    // subscribed; a no-op if the page decided meanwhile (the banner is gone).
    if (early) queueMicrotask(() => early.click())
  }

  let hide = (): void => {
    if (banner) {
      banner.remove()
      banner = undefined
      setRoom(undefined, 'bottom')
      consent.emit('hide')
    }
    syncReopen()
    dialog?.close()
  }

  let openNow = (module: PreferencesModule): void => {
    openRequested = false
    if (dialog || destroyed) return
    dialog = module.openPreferences({
      consent,
      shown: shown(),
      theme: resolveTheme(theme),
      gpcHonored: gpcHonored(),
      newId,
      mount,
      addStyles(css) {
        if (!secondLayerCss.has(css)) {
          secondLayerCss.add(css)
          removers.push(applyStyles(css, options.nonce))
        }
      },
      onClose() {
        dialog = undefined
        // After a decision the opener (Customize) is gone: go to the reopen control instead.
        let focusTarget = opener?.isConnected ? opener : reopenButton
        focusTarget?.focus()
        consent.emit('hide')
      }
    })
    consent.emit('show', true)
  }

  let reportLoadFailure = (error: Error): void => {
    openRequested = false
    // Once: the visitor can still accept or reject on the first layer.
    if (!reportedLoadFailure) {
      reportedLoadFailure = true
      console.error('[consentry]', error)
      consent.emit('error', error)
    }
  }

  let prefetch = (): void => {
    loadPreferences().catch(() => {})
  }

  let open = (from: Element | null): void => {
    if (dialog || destroyed) return
    opener = (from as HTMLElement | null) ?? undefined
    let module = loadedPreferences()
    if (module) return openNow(module)
    if (openRequested) return
    openRequested = true
    loadPreferences().then(openNow, reportLoadFailure)
  }

  removers.push(
    routeClicks({
      isOurs: root => root === banner || root === dialog || root === reopenButton,
      actions: {
        accept: () => consent.acceptAll(),
        reject: () => consent.rejectAll(),
        // Save exists only in the dialog, so the module that built it is there.
        save: () => consent.save(loadedPreferences()!.readSwitches(dialog!)),
        customize: control => open(control)
      },
      open,
      onError: error => consent.emit('error', error)
    })
  )
  removers.push(consent.on('decision', hide))

  let server = serverBanner()
  if (consent.getDecision()) {
    // Decided after the server rendered (another tab, Global Privacy Control): not shown.
    server?.remove()
    syncReopen()
  } else show(server)

  return {
    show: () => show(),
    hide,
    showPreferences: () => open(document.activeElement),
    refresh() {
      if (banner) show()
      syncReopen()
    },
    destroy() {
      // Late calls (a stale reference in an SPA) find nothing to show and build nothing.
      destroyed = true
      hide()
      for (let remove of removers) remove()
    }
  }
}
