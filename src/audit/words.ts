// What accept and refuse buttons say: the nine languages Consentry ships, the peers' wordings
// (vanilla-cookieconsent, Klaro, tarteaucitron, Osano, OneTrust, Cookiebot, Didomi, Axeptio) and
// the usual variants. Matched after `normalizeName`, so case, accents and punctuation do not matter.

/** Phrases per language; `accept` and `refuse` by button. */
export const WORDS: Record<string, { accept: string[]; refuse: string[] }> = {
  en: {
    accept: ['accept', 'accept all', 'accept all cookies', 'accept cookies', 'allow', 'allow all', 'allow all cookies',
      'allow cookies', 'agree', 'i agree', 'i accept', 'agree and close', 'accept and close', 'ok', 'okay',
      'ok accept all', 'got it', 'that s ok', 'yes i agree'],
    refuse: ['reject', 'reject all', 'reject all cookies', 'reject cookies', 'refuse', 'refuse all', 'decline',
      'decline all', 'deny', 'deny all', 'deny all cookies', 'i decline', 'no thanks', 'disagree',
      'necessary only', 'only necessary', 'necessary cookies only', 'use necessary cookies only',
      'accept only necessary', 'accept necessary', 'accept necessary cookies', 'essential only',
      'only essential', 'continue without accepting', 'disagree and close']
  },
  fr: {
    accept: ['accepter', 'tout accepter', 'accepter tout', 'accepter et fermer', 'accepter et continuer',
      'j accepte', 'accepter les cookies', 'ok pour moi', 'c est bon', 'autoriser', 'tout autoriser'],
    refuse: ['refuser', 'tout refuser', 'refuser tout', 'je refuse', 'refuser et fermer', 'refuser les cookies',
      'continuer sans accepter', 'non merci', 'necessaires uniquement', 'uniquement les necessaires',
      'interdire', 'tout interdire']
  },
  de: {
    accept: ['akzeptieren', 'alle akzeptieren', 'alle cookies akzeptieren', 'zustimmen', 'allen zustimmen',
      'einverstanden', 'annehmen', 'alle annehmen', 'erlaube alle cookies', 'alle zulassen', 'das ist ok'],
    refuse: ['ablehnen', 'alle ablehnen', 'ich lehne ab', 'nur notwendige', 'nur notwendige cookies',
      'nur essenzielle', 'nur essenzielle cookies', 'verbiete alle cookies', 'nein danke',
      'ohne zustimmung fortfahren', 'weiter ohne einwilligung']
  },
  es: {
    accept: ['aceptar', 'aceptar todas', 'aceptar todo', 'aceptar todos', 'aceptar cookies', 'de acuerdo',
      'permitir todas', 'acepto'],
    refuse: ['rechazar', 'rechazar todas', 'rechazar todo', 'rechazar todos', 'descartar todas', 'denegar',
      'solo necesarias', 'continuar sin aceptar']
  },
  it: {
    accept: ['accetta', 'accetta tutti', 'accettare tutti', 'accetta tutto', 'accetto', 'va bene cosi'],
    refuse: ['rifiuta', 'rifiuta tutti', 'rifiuta tutto', 'rifiuto', 'solo necessari', 'continua senza accettare',
      'nega']
  },
  nl: {
    accept: ['accepteren', 'alles accepteren', 'accepteer alle', 'alle cookies accepteren', 'akkoord',
      'toestaan', 'alle cookies toestaan', 'dat is oke'],
    refuse: ['weigeren', 'alles weigeren', 'ik weiger', 'weiger alle', 'afwijzen', 'alles afwijzen',
      'alleen noodzakelijke', 'alleen noodzakelijke cookies']
  },
  pl: {
    accept: ['zaakceptuj', 'zaakceptuj wszystkie', 'akceptuj', 'akceptuje', 'akceptuj wszystkie',
      'zgadzam sie', 'zezwol na wszystkie'],
    refuse: ['odrzuc', 'odrzuc wszystkie', 'odmawiam', 'tylko niezbedne', 'nie zgadzam sie']
  },
  pt: {
    accept: ['aceitar', 'aceitar todos', 'aceitar tudo', 'aceito', 'concordo', 'permitir todos'],
    refuse: ['rejeitar', 'rejeitar todos', 'recusar', 'recusar todos', 'apenas necessarios',
      'continuar sem aceitar']
  },
  ar: {
    accept: ['قبول', 'قبول الكل', 'موافق', 'أوافق', 'قبول جميع ملفات تعريف الارتباط'],
    refuse: ['رفض', 'رفض الكل', 'رفض جميع ملفات تعريف الارتباط']
  }
}

/**
 * Lower case, accents and punctuation removed, spaces collapsed: "✓ Tout accepter" → "tout accepter".
 *
 * @example
 * normalizeName("C'est bon.") // 'c est bon'
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/**
 * Every phrase for one button, normalized, with `lang`'s first.
 *
 * @example
 * phrases('refuse', 'fr')[0] // 'refuser'
 */
export function phrases(button: 'accept' | 'refuse', lang?: string | null): string[] {
  let base = lang?.toLowerCase().split('-')[0]
  let langs = Object.keys(WORDS).sort((first, second) => Number(second === base) - Number(first === base))
  return [...new Set(langs.flatMap(code => WORDS[code][button].map(normalizeName)))]
}
