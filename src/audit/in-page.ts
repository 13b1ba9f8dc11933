// Functions that run inside the audited page (serialized by Playwright): they may use nothing from
// their module scope, only their arguments and the DOM.

/** What `scanFrame` hands back (as a handle: the elements stay in the page). */
export interface Scan {
  /** Visible clickable elements, in document order, open shadow roots included. */
  buttons: Element[]
  names: string[]
  /** Consentry's own banner buttons, found by their data attributes. */
  consentry: { accept: Element | null; refuse: Element | null } | null
  library: string | null
  /** A visible fixed or sticky box that talks about cookies (a banner with unrecognized buttons). */
  cookieBox: boolean
}

/**
 * Scans one frame for a consent banner. Runs in the page.
 *
 * @example
 * let handle = await frame.evaluateHandle(scanFrame, LIBRARIES)
 */
export function scanFrame(libraries: Array<[string, string]>): Scan {
  let all: Element[] = []
  let walk = (root: Document | ShadowRoot): void => {
    for (let el of Array.from(root.querySelectorAll('*'))) {
      all.push(el)
      if (el.shadowRoot) walk(el.shadowRoot)
    }
  }
  walk(document)
  let visible = (el: Element): boolean => {
    let rect = el.getBoundingClientRect()
    if (rect.width < 1 || rect.height < 1) return false
    for (let node: Element | null = el; node; node = node.parentElement || ((node.getRootNode() as ShadowRoot).host ?? null)) {
      let style = getComputedStyle(node)
      if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return false
    }
    return true
  }
  let clean = (text: string | null | undefined): string => (text || '').replace(/\s+/g, ' ').trim()
  let nameOf = (el: Element): string => {
    let ids = el.getAttribute('aria-labelledby')
    let root = el.getRootNode() as Document | ShadowRoot
    let labelled = ids ? clean(ids.split(/\s+/).map(id => root.getElementById?.(id)?.textContent).join(' ')) : ''
    return labelled || clean(el.getAttribute('aria-label')) || clean((el as HTMLElement).innerText ?? el.textContent) ||
      clean((el as HTMLInputElement).value) || clean(el.getAttribute('title'))
  }
  let clickable = 'button, a[href], a[role], [role="button"], [role="link"], input[type="button"], input[type="submit"], [onclick]'
  let buttons = all.filter(el => el.matches(clickable) && visible(el))
  let deep = (selector: string): Element | undefined => all.find(el => el.matches(selector))
  let banner = deep('[data-consentry="banner"]')
  let consentry = banner && visible(banner)
    ? {
        accept: banner.querySelector('[data-consentry-action="accept"]'),
        refuse: banner.querySelector('[data-consentry-action="reject"]')
      }
    : null
  let library = libraries.find(([, selector]) => all.some(el => el.matches(selector) && visible(el)))
  let cookieBox = all.some(el => {
    if (!(el instanceof HTMLElement) || el.childElementCount === 0) return false
    let position = getComputedStyle(el).position
    return (position === 'fixed' || position === 'sticky') && /cookie|traceur|galleta|ciasteczk|كوكيز|ارتباط/i.test(el.innerText || '') && visible(el)
  })
  return { buttons, names: buttons.map(nameOf), consentry, library: library ? library[0] : null, cookieBox }
}

/** The element is shown to a person: laid out, not hidden, no transparent ancestor. Runs in the page. */
export function shown(el: Element): boolean {
  if (!el.isConnected) return false
  let rect = el.getBoundingClientRect()
  if (rect.width < 1 || rect.height < 1) return false
  for (let node: Element | null = el; node; node = node.parentElement || ((node.getRootNode() as ShadowRoot).host ?? null)) {
    let style = getComputedStyle(node)
    if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) < 0.1) return false
  }
  return true
}

/** How a button looks: box, text size, colours, contrast, and whether it is drawn as a button or a link. */
export function lookOf(el: Element): {
  text: string; tag: string; shape: 'button' | 'link'; width: number; height: number; fontSize: number
  color: string; background: string; contrast: number
} {
  let rgba = (value: string): number[] => {
    let parts = value.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0]
    return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1]
  }
  let parentOf = (node: Element): Element | null => node.parentElement || ((node.getRootNode() as ShadowRoot).host ?? null)
  let style = getComputedStyle(el)
  let own = rgba(style.backgroundColor)
  // The colour behind the text: the first ancestor (or itself) with a mostly opaque background.
  let behind = [255, 255, 255, 1]
  for (let node: Element | null = el; node; node = parentOf(node)) {
    let colour = rgba(getComputedStyle(node).backgroundColor)
    if (colour[3] >= 0.5) {
      behind = colour
      break
    }
  }
  let outside = [255, 255, 255, 1]
  for (let node = parentOf(el); node; node = parentOf(node)) {
    let colour = rgba(getComputedStyle(node).backgroundColor)
    if (colour[3] >= 0.5) {
      outside = colour
      break
    }
  }
  let luminance = (colour: number[]): number => {
    let [red, green, blue] = colour.slice(0, 3).map(channel => {
      let linear = channel / 255
      return linear <= 0.03928 ? linear / 12.92 : ((linear + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue
  }
  let text = rgba(style.color)
  let [light, dark] = [luminance(text), luminance(behind)].sort((first, second) => second - first)
  let filled = own[3] >= 0.5 && own.slice(0, 3).join() !== outside.slice(0, 3).join()
  let bordered = parseFloat(style.borderTopWidth) >= 1 && style.borderTopStyle !== 'none' && rgba(style.borderTopColor)[3] > 0
  let rect = el.getBoundingClientRect()
  return {
    text: (el as HTMLElement).innerText?.trim() || el.textContent?.trim() || '',
    tag: el.tagName.toLowerCase(),
    shape: filled || bordered ? 'button' : 'link',
    width: Math.round(rect.width),
    height: Math.round(rect.height),
    fontSize: parseFloat(style.fontSize),
    color: style.color,
    background: `rgb(${behind.slice(0, 3).join(', ')})`,
    contrast: Math.round(((light + 0.05) / (dark + 0.05)) * 100) / 100
  }
}

/** Keys of localStorage and sessionStorage (none when storage is blocked). */
export function storageKeys(): Array<{ area: 'localStorage' | 'sessionStorage'; key: string }> {
  let keys: Array<{ area: 'localStorage' | 'sessionStorage'; key: string }> = []
  for (let area of ['localStorage', 'sessionStorage'] as const) {
    try {
      let store = window[area]
      for (let i = 0; i < store.length; i++) keys.push({ area, key: store.key(i) as string })
    } catch {
      // Storage blocked or unavailable: nothing stored there.
    }
  }
  return keys
}
