import { normalizeRegion } from './region.js'

/** What `regionFromHeaders` reads: a Web `Headers`, Node's `IncomingHttpHeaders`, or a plain object. */
export type HeadersLike =
  | { get(name: string): string | null }
  | Record<string, string | readonly string[] | number | null | undefined>

// [country header, region header], in the order they are tried. Header names are matched in any
// case. Each edge's region header carries the subdivision part of ISO 3166-2 only ('CA').
const EDGES: readonly [country: string, region: string | null][] = [
  // Cloudflare: cf-ipcountry with IP Geolocation on ('XX' unknown, 'T1' Tor); cf-region-code with
  // the "Add visitor location headers" Managed Transform.
  // https://developers.cloudflare.com/fundamentals/reference/http-headers/#cf-ipcountry
  // https://developers.cloudflare.com/rules/transform/managed-transforms/reference/
  ['cf-ipcountry', 'cf-region-code'],
  // Vercel, on every request: https://vercel.com/docs/headers/request-headers
  ['x-vercel-ip-country', 'x-vercel-ip-country-region'],
  // Amazon CloudFront, once added to an origin request policy:
  // https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/adding-cloudfront-headers.html
  ['cloudfront-viewer-country', 'cloudfront-viewer-country-region'],
  // Google App Engine and Cloud Load Balancing ('ZZ' unknown); the region is lower case ('ca').
  // https://cloud.google.com/appengine/docs/standard/reference/request-headers
  ['x-appengine-country', 'x-appengine-region'],
  // Fastly has no fixed header: VCL sets one, commonly `x-country-code` from
  // client.geo.country_code. There is no common region header name, so only the country.
  // https://www.fastly.com/documentation/reference/vcl/variables/geolocation/client-geo-country-code
  ['x-country-code', null]
]

/**
 * The visitor's region from the geolocation headers an edge adds: 'US-CA' when the state is
 * known, 'FR' for a country, `null` when no header holds a usable code. Never throws, whatever
 * it is given; a garbage header counts as missing.
 *
 * @example
 * import { regionFromHeaders } from 'consentry/server'
 * regionFromHeaders(request.headers) // 'US-CA' behind Cloudflare with location headers on
 * regionFromHeaders(req.headers)     // Node/Express: 'FR', or null off the edge
 */
export function regionFromHeaders(headers: HeadersLike | null | undefined): string | null {
  for (let [countryHeader, regionHeader] of EDGES) {
    let country = normalizeRegion(read(headers, countryHeader))
    // A country header holds a country; 'US-CA' there is not what any edge sends.
    if (country === null || country.length !== 2) continue
    let region = regionHeader === null ? null : read(headers, regionHeader)
    return withSubdivision(country, region) ?? country
  }
  return null
}

/** 'US' + 'ca' → 'US-CA'; also accepts a full 'US-CA' for the same country; otherwise null. */
function withSubdivision(country: string, subdivision: string | null): string | null {
  if (subdivision === null || subdivision.length > 16) return null
  let code = normalizeRegion(subdivision.includes('-') ? subdivision : `${country}-${subdivision.trim()}`)
  return code !== null && code.startsWith(`${country}-`) ? code : null
}

/** One header's value in any shape, or null: missing, not a string, or several that disagree. */
function read(headers: unknown, name: string): string | null {
  try {
    return single(lookup(headers, name))
  } catch {
    // A hostile getter or proxy: same as no header.
    return null
  }
}

function lookup(headers: unknown, name: string): unknown {
  if (headers === null || typeof headers !== 'object') return null
  let maybeGet = (headers as { get?: unknown }).get
  if (typeof maybeGet === 'function') return maybeGet.call(headers, name)
  let record = headers as Record<string, unknown>
  if (Object.prototype.hasOwnProperty.call(record, name)) return record[name]
  // Plain objects may keep the case they were written in ('CF-IPCountry').
  let key = Object.keys(record).find(candidate => candidate.toLowerCase() === name)
  return key === undefined ? null : record[key]
}

function single(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (!Array.isArray(value) || value.length === 0) return null
  // Repeated headers arrive as arrays: usable only when every copy says the same.
  let codes = value.map(item => (typeof item === 'string' ? item.trim().toUpperCase() : null))
  return codes.every(code => code !== null && code === codes[0]) ? value[0] : null
}
