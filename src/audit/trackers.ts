// A small built-in list of tracking vendors (hosts and cookie names) and of consent-tool cookies.
// Anything third-party that is not here is reported as "unclassified", never hidden.

interface Vendor {
  name: string
  /** Registrable domains or hosts; subdomains match too. */
  hosts: string[]
  /** Exact names, or patterns for names with an id in them. */
  cookies: Array<string | RegExp>
}

/** The vendors recognized by name. */
export const VENDORS: Vendor[] = [
  {
    name: 'Google',
    hosts: ['google-analytics.com', 'googletagmanager.com', 'doubleclick.net', 'googlesyndication.com',
      'googleadservices.com', 'analytics.google.com', 'adservice.google.com', 'googletagservices.com'],
    cookies: ['_ga', /^_ga_/, '_gid', /^_gat/, /^_gcl_/, '__gads', '__gpi', '__gsas', 'IDE', 'DSID', 'test_cookie',
      'FPID', 'FPLC']
  },
  { name: 'Meta', hosts: ['facebook.net', 'facebook.com', 'fbsbx.com'], cookies: ['_fbp', '_fbc'] },
  {
    name: 'Microsoft',
    hosts: ['clarity.ms', 'bat.bing.com', 'c.bing.com', 'bat.r.msn.com'],
    cookies: ['_clck', '_clsk', 'CLID', 'MUID', '_uetsid', '_uetvid', 'ANONCHK']
  },
  {
    name: 'Hotjar',
    hosts: ['hotjar.com', 'hotjar.io'],
    cookies: [/^_hjSession/, /^_hjSessionUser/, '_hjid', /^_hjIncludedIn/, '_hjAbsoluteSessionInProgress',
      '_hjFirstSeen', '_hjTLDTest', /^_hj/]
  },
  { name: 'TikTok', hosts: ['analytics.tiktok.com', 'business-api.tiktok.com', 'ads.tiktok.com'], cookies: ['_ttp', '_tt_enable_cookie', 'ttcsid', /^ttcsid_/] },
  {
    name: 'LinkedIn',
    hosts: ['snap.licdn.com', 'px.ads.linkedin.com', 'ads.linkedin.com', 'analytics.linkedin.com'],
    cookies: ['li_sugr', 'bcookie', 'bscookie', 'lidc', 'UserMatchHistory', 'AnalyticsSyncHistory', 'li_fat_id',
      'li_gc']
  },
  { name: 'X (Twitter)', hosts: ['ads-twitter.com', 'analytics.twitter.com', 'ads-api.twitter.com', 't.co'], cookies: ['personalization_id', 'muc_ads', 'guest_id_marketing', 'guest_id_ads'] },
  { name: 'Pinterest', hosts: ['ct.pinterest.com', 'pintrk.com'], cookies: ['_pinterest_sess', '_pin_unauth', '_pinterest_ct_ua'] },
  { name: 'Snap', hosts: ['sc-static.net', 'tr.snapchat.com'], cookies: ['_scid', '_scid_r', 'sc_at'] },
  { name: 'Criteo', hosts: ['criteo.com', 'criteo.net'], cookies: ['cto_bundle', /^cto_/] },
  { name: 'Yandex', hosts: ['mc.yandex.ru', 'mc.yandex.com'], cookies: ['_ym_uid', '_ym_d', '_ym_isad', 'yandexuid'] },
  { name: 'Adobe', hosts: ['omtrdc.net', 'demdex.net', '2o7.net', 'everesttech.net'], cookies: [/^AMCV_/, /^AMCVS_/, 's_cc', 's_sq', 'demdex'] },
  { name: 'HubSpot', hosts: ['hs-analytics.net', 'hs-scripts.com', 'hubspot.com', 'hs-banner.com'], cookies: ['__hstc', 'hubspotutk', '__hssc', '__hssrc'] },
  { name: 'Mixpanel', hosts: ['mixpanel.com', 'mxpnl.com'], cookies: [/^mp_.*_mixpanel$/] },
  { name: 'Amplitude', hosts: ['amplitude.com'], cookies: [/^AMP_/, /^amp_/] },
  { name: 'Segment', hosts: ['segment.io', 'segment.com'], cookies: ['ajs_anonymous_id', 'ajs_user_id'] },
  { name: 'Matomo', hosts: ['matomo.cloud'], cookies: [/^_pk_id/, /^_pk_ses/, /^_pk_ref/] },
  { name: 'Taboola', hosts: ['taboola.com'], cookies: ['t_gid', 'taboola_session_id'] },
  { name: 'Outbrain', hosts: ['outbrain.com'], cookies: ['obuid'] }
]

/** Decision cookies of consent tools: they need no consent themselves, but they must not outlive the limit. */
export const CONSENT_COOKIES: Array<string | RegExp> = [
  'consentry', 'cc_cookie', 'klaro', 'tarteaucitron', 'cookieconsent_status', 'OptanonConsent',
  'OptanonAlertBoxClosed', 'CookieConsent', 'euconsent-v2', 'didomi_token', 'axeptio_cookies',
  'axeptio_authorized_vendors', 'cookieyes-consent', 'CookieLawInfoConsent', 'borlabs-cookie', 'cmplz_policy_id',
  /^cmplz_/, 'uc_user_interaction', 'complianz_consent_status'
]

const matches = (patterns: Array<string | RegExp>, name: string): boolean =>
  patterns.some(pattern => (typeof pattern === 'string' ? pattern === name : pattern.test(name)))

/** `host` is `domain` or one of its subdomains. */
export const underDomain = (host: string, domain: string): boolean => host === domain || host.endsWith('.' + domain)

/**
 * The tracking vendor behind a host, if it is a known one.
 *
 * @example
 * vendorOfHost('region1.google-analytics.com') // 'Google'
 */
export function vendorOfHost(host: string): string | undefined {
  return VENDORS.find(vendor => vendor.hosts.some(domain => underDomain(host.toLowerCase(), domain)))?.name
}

/**
 * The tracking vendor that sets a cookie (or storage key) of this name, if it is a known one.
 *
 * @example
 * vendorOfCookie('_ga_ABC123') // 'Google'
 */
export function vendorOfCookie(name: string): string | undefined {
  return VENDORS.find(vendor => matches(vendor.cookies, name))?.name
}

/**
 * A consent tool's decision cookie.
 *
 * @example
 * isConsentCookie('cc_cookie') // true
 */
export const isConsentCookie = (name: string): boolean => matches(CONSENT_COOKIES, name)
