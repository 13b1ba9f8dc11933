import type { Texts } from './types.js'

/** Deutsch. */
export const de: Texts = {
  title: 'Diese Website verwendet Cookies',
  text: 'Wir verwenden Cookies für %.',
  and: 'und',
  policy: 'Mehr dazu erfahren Sie in unserer {Datenschutzerklärung}.',
  accept: 'Akzeptieren',
  reject: 'Ablehnen',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customize: 'Anpassen',
  save: 'Speichern',
  settings: 'Cookie-Einstellungen',
  gpc: 'Das Global-Privacy-Control-Signal Ihres Browsers wurde berücksichtigt.',
  necessary: ['Notwendig', 'Für den Betrieb der Website erforderlich. Immer aktiv.'],
  analytics: ['Statistik', 'Messen Besuche, um die Website zu verbessern.', 'Analysen, um unsere Website zu verbessern'],
  marketing: ['Marketing', 'Personalisierte Werbung und deren Messung.', 'personalisierte Werbung'],
  preferences: ['Präferenzen', 'Speichern Ihre Auswahl, etwa die Sprache.', 'das Speichern Ihrer Einstellungen']
}
