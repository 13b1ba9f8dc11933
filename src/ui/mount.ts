import type { Consent, Unbind } from '../core/types.js'
import type { Shown } from '../i18n/shown.js'
import { adopt, serverBanner } from './adopt.js'
import { routeClicks } from './clicks.js'
import { toDom } from './dom.js'
import { firstLayer } from './first-layer.js'
import type { Layout, Position, ReopenPlace, Theme } from './options.js'
import { createOpener } from './preferences/opener.js'
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
 * and `showPreferences()`. The module starts loading on the first pointer or focus on Customize,
 * so a click rarely waits; a click that comes first opens the dialog when it arrives.
 *
 * @example
 * let banner = mountBanner(consent, { theme: 'auto', gpcCategories: [] }, shown)
 */
export function mountBanner(consent: Consent, options: BannerOptions, shown: () => Shown): MountedBanner {
  let { theme = 'auto', position = 'bottom' } = options
  let reopen = options.reopen ?? true
  let removers: Array<() => void> = [applyStyles(bannerCss, options.nonce)]
  let banner: HTMLElement | undefined
  let reopenButton: HTMLElement | undefined
  let releaseRoom: Unbind | undefined
  let destroyed = false

  let mount = (element: HTMLElement): void => {
    // <html> while the body does not exist yet: a tag in <head> shows the banner at first paint.
    ;(options.root ?? document.body ?? document.documentElement).appendChild(element)
  }
  let gpcHonored = (): boolean => options.gpcCategories.some(name => !consent.isGranted(name))
  let newId = (): string => 'consentry' + ++uid
  let preferences = createOpener({
    consent,
    shown,
    theme: () => resolveTheme(theme),
    gpcHonored,
    newId,
    mount,
    nonce: options.nonce,
    fallbackFocus: () => reopenButton
  })

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
    // Intent to open the preferences — a pointer or focus on Customize — starts fetching the second
    // layer, so the click rarely waits; a visitor who only accepts or refuses never fetches it.
    for (let type of ['pointerover', 'focusin', 'touchstart']) banner.addEventListener(type, preferences.prefetchOnIntent, { passive: true })
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
    preferences.current()?.close()
  }

  removers.push(
    routeClicks({
      isOurs: root => root === banner || root === preferences.current() || root === reopenButton,
      actions: {
        accept: () => consent.acceptAll(),
        reject: () => consent.rejectAll(),
        save: () => consent.save(preferences.readSwitches()),
        customize: control => preferences.open(control)
      },
      open: preferences.open,
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
    showPreferences: () => preferences.open(document.activeElement),
    refresh() {
      if (banner) show()
      syncReopen()
    },
    destroy() {
      // Late calls (a stale reference in an SPA) find nothing to show and build nothing.
      destroyed = true
      hide()
      preferences.destroy()
      for (let remove of removers) remove()
    }
  }
}
