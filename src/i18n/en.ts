import type { Texts } from './types.js'

/** English, the fallback for every missing string. */
export const en: Texts = {
  title: 'This site uses cookies',
  text: 'We use cookies for %.',
  policy: 'Read our {privacy policy} for more information.',
  accept: 'Accept',
  reject: 'Reject',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  save: 'Save',
  settings: 'Cookie settings',
  gpc: "Your browser's Global Privacy Control signal was honored.",
  embed: 'This content is hosted by a third party (%). Loading it may set cookies.',
  loadOnce: 'Load once',
  always: 'Always allow',
  necessary: ['Necessary', 'Required for the site to work. Always on.'],
  analytics: ['Analytics', 'Measure visits to improve the site.', 'analytics to improve our site'],
  marketing: ['Marketing', 'Personalized ads and measuring them.', 'personalized advertising'],
  preferences: ['Preferences', 'Remember choices such as language.', 'remembering your settings']
}
