import type { Texts } from './types.js'

/** English, the fallback for every missing string. */
export const en: Texts = {
  title: 'This site uses cookies',
  text: 'We use cookies for %.',
  and: 'and',
  policy: 'Read our {privacy policy} for more information.',
  accept: 'Accept',
  reject: 'Reject',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  save: 'Save',
  settings: 'Cookie settings',
  gpc: 'Your Global Privacy Control signal was honored.',
  necessary: ['Necessary', 'Required for the site to work.'],
  analytics: ['Analytics', 'Measure visits to improve our site.', 'analytics to improve our site'],
  marketing: ['Marketing', 'Personalized ads and measuring them.', 'personalized advertising'],
  preferences: ['Preferences', 'Remember choices such as language.', 'remembering your settings']
}
