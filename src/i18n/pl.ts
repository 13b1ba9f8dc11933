import type { Texts } from './types.js'

/** Polski (purposes in the genitive, after "do"). */
export const pl: Texts = {
  title: 'Ta strona używa plików cookie',
  text: 'Używamy plików cookie do %.',
  and: 'i',
  policy: 'Więcej informacji znajdziesz w naszej {polityce prywatności}.',
  accept: 'Zaakceptuj',
  reject: 'Odrzuć',
  acceptAll: 'Zaakceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  customize: 'Dostosuj',
  save: 'Zapisz',
  settings: 'Ustawienia cookie',
  gpc: 'Uwzględniliśmy sygnał Global Privacy Control z Twojej przeglądarki.',
  necessary: ['Niezbędne', 'Potrzebne do działania strony. Zawsze włączone.'],
  analytics: ['Analityczne', 'Mierzą odwiedziny, abyśmy mogli ulepszać stronę.', 'analiz, aby ulepszać naszą stronę'],
  marketing: ['Marketingowe', 'Spersonalizowane reklamy i pomiar ich skuteczności.', 'wyświetlania spersonalizowanych reklam'],
  preferences: ['Funkcjonalne', 'Zapamiętują Twoje wybory, np. język.', 'zapamiętywania Twoich ustawień']
}
