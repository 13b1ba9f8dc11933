import type { Texts } from './types.js'

/** Nederlands. */
export const nl: Texts = {
  title: 'Deze website gebruikt cookies',
  text: 'We gebruiken cookies voor %.',
  and: 'en',
  policy: 'Lees ons {privacybeleid} voor meer informatie.',
  accept: 'Accepteren',
  reject: 'Weigeren',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  customize: 'Aanpassen',
  save: 'Opslaan',
  settings: 'Cookie-instellingen',
  gpc: 'We hebben het Global Privacy Control-signaal van je browser gerespecteerd.',
  necessary: ['Noodzakelijk', 'Nodig om de website te laten werken. Altijd actief.'],
  analytics: ['Statistieken', 'Meten bezoeken om de website te verbeteren.', 'analyse om onze website te verbeteren'],
  marketing: ['Marketing', 'Gepersonaliseerde advertenties en het meten ervan.', 'gepersonaliseerde advertenties'],
  preferences: ['Voorkeuren', 'Onthouden je keuzes, zoals de taal.', 'het onthouden van je instellingen']
}
