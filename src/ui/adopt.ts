/**
 * Marks a banner rendered by the server (consentry/server renderBanner) until the client owns it.
 * Its value is the action clicked before the script ran (set by the server's inline snippet).
 */
export const SERVER_MARK = 'data-consentry-ssr'

/** The server's banner, taken over. */
export interface Adopted {
  banner: HTMLElement
  /** The button (accept, reject or customize) clicked before the script started; null when none. */
  early: HTMLElement | null
}

/**
 * The banner the server rendered into the page, if any (it must be parsed before the script
 * runs: a `defer` tag or one placed after it).
 *
 * @example
 * serverBanner()?.remove()
 */
export function serverBanner(): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[${SERVER_MARK}]`)
}

/**
 * Takes over the server's banner: the very element stays when its markup is the one the client
 * builds (`build`, given the server's heading id), else the client's takes its place (another
 * language, texts, or the Global Privacy Control line). The mark comes off, so the inline snippet
 * stops recording; the button it recorded is returned, to be clicked once.
 *
 * @example
 * let adopted = adopt(serverBanner()!, titleId => toDom(firstLayer({ …, titleId })))
 */
export function adopt(server: HTMLElement, build: (titleId?: string) => HTMLElement): Adopted {
  let clicked = server.getAttribute(SERVER_MARK)
  server.removeAttribute(SERVER_MARK)
  // Without its heading id (not our markup) the client's gets a new one, and replaces it.
  let fresh = build(server.getAttribute('aria-labelledby') || undefined)
  // Parsed HTML has one text node where toDom appended several strings.
  fresh.normalize()
  let banner = server
  if (!server.isEqualNode(fresh)) {
    server.replaceWith(fresh)
    banner = fresh
  }
  let buttons = [...banner.querySelectorAll<HTMLElement>('[data-consentry-action]')]
  return { banner, early: buttons.find(button => button.dataset.consentryAction === clicked) ?? null }
}
