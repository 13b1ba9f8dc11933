/**
 * The strings of one language. A category entry is `[label, description, purpose]`: the purpose
 * is the phrase put into `text` where `%` stands ("We use cookies for %.") when that category is
 * configured, so the banner never claims a use the site does not have.
 *
 * @example
 * createConsent({ categories: ['analytics'], texts: { fr: { title: 'Cookies ?' } } })
 */
export interface Texts {
  title: string
  /** `%` is replaced by the purposes of the configured categories, joined as a list. */
  text: string
  /** Joins the last two purposes of that list. */
  and: string
  /** `{…}` marks the words that link to `privacyPolicyUrl` (without it, the whole sentence); left out when there is no URL. */
  policy: string
  accept: string
  reject: string
  /** Accept / Reject when there are several categories, and in the preferences dialog. */
  acceptAll: string
  rejectAll: string
  customize: string
  save: string
  /** The persistent control that reopens the preferences, and the title of the preferences dialog. */
  settings: string
  /** Shown when the browser's Global Privacy Control signal was honored. */
  gpc: string
  necessary: [label: string, description: string]
  analytics: [label: string, description: string, purpose: string]
  /** Also used for categories named `ads` and `advertising`. */
  marketing: [label: string, description: string, purpose: string]
  /** Also used for a category named `functional`. */
  preferences: [label: string, description: string, purpose: string]
}
