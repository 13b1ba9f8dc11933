import type { Texts } from './types.js'

/** Italiano. */
export const it: Texts = {
  title: 'Questo sito utilizza i cookie',
  text: 'Utilizziamo i cookie per %.',
  and: 'e',
  policy: "Per maggiori informazioni leggi la nostra {informativa sulla privacy}.",
  accept: 'Accetta',
  reject: 'Rifiuta',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  customize: 'Personalizza',
  save: 'Salva',
  settings: 'Impostazioni cookie',
  gpc: 'Abbiamo rispettato il segnale Global Privacy Control del tuo browser.',
  necessary: ['Necessari', 'Indispensabili per il funzionamento del sito. Sempre attivi.'],
  analytics: ['Statistiche', 'Misurano le visite per migliorare il sito.', 'analizzare il traffico al fine di migliorare il nostro sito'],
  marketing: ['Marketing', 'Pubblicità personalizzata e relativa misurazione.', 'mostrarti pubblicità personalizzata'],
  preferences: ['Preferenze', 'Ricordano le tue scelte, come la lingua.', 'ricordare le tue preferenze']
}
