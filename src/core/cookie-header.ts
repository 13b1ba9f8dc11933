// Reading cookies by name, the same way in the browser (document.cookie) and on the server (the
// Cookie header), so both sides see the same decision.

/**
 * A cookie value as js-cookie writes it: surrounding double quotes dropped, `%XX` escapes decoded;
 * `undefined` for a malformed escape (no decision of ours).
 *
 * @example
 * decodeCookieValue('"1.1.mifr5yq8.a.abc%2Ddef.analytics:1"') // '1.1.mifr5yq8.a.abc-def.analytics:1'
 */
export function decodeCookieValue(raw: string): string | undefined {
  let value = raw.startsWith('"') ? raw.slice(1, -1) : raw
  try {
    return value.replace(/(%[\dA-F]{2})+/gi, decodeURIComponent)
  } catch {
    return undefined
  }
}

/**
 * The decoded values of the cookies named exactly `name` in a `Cookie` header or `document.cookie`
 * string, in their order there (no decoding of names: `%63onsentry` is another cookie).
 *
 * @example
 * cookieValues('a=1; consentry=1.1.mifr5yq8.r.…', 'consentry') // ['1.1.mifr5yq8.r.…']
 */
export function cookieValues(header: string, name: string): string[] {
  let values: string[] = []
  for (let pair of header.split(';')) {
    let index = pair.indexOf('=')
    if (index > 0 && pair.slice(0, index).trim() === name) {
      let value = decodeCookieValue(pair.slice(index + 1).trim())
      if (value !== undefined) values.push(value)
    }
  }
  return values
}
