import { textsFor } from '../i18n/table.js'
// The preferences dialog's strings for services and the cookie table, in the nine languages
// Consentry ships. They ship with `consentry/services` only, not in the default bundle.

/** The dialog's labels for services and their cookie table. */
export interface ServiceTexts {
  services: string
  cookies: string
  name: string
  provider: string
  duration: string
  purpose: string
  session: string
  privacyPolicy: string
  showCookies: string
  hideCookies: string
  /** The state of a category whose services are partly on. */
  mixed: string
  /** "{n} services", by plural category (Intl.PluralRules); `other` is required. */
  serviceCount: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }
}

const TEXTS: Record<string, ServiceTexts> = {
  en: {
    services: 'Services', cookies: 'Cookies', name: 'Name', provider: 'Provider', duration: 'Duration',
    purpose: 'Purpose', session: 'Session', privacyPolicy: 'Privacy policy', showCookies: 'Show cookies',
    hideCookies: 'Hide cookies', mixed: 'Partly on', serviceCount: { one: '{n} service', other: '{n} services' }
  },
  fr: {
    services: 'Services', cookies: 'Cookies', name: 'Nom', provider: 'Fournisseur', duration: 'Durée',
    purpose: 'Finalité', session: 'Session', privacyPolicy: 'Politique de confidentialité',
    showCookies: 'Afficher les cookies', hideCookies: 'Masquer les cookies', mixed: 'Partiellement activé',
    serviceCount: { one: '{n} service', other: '{n} services' }
  },
  de: {
    services: 'Dienste', cookies: 'Cookies', name: 'Name', provider: 'Anbieter', duration: 'Speicherdauer',
    purpose: 'Zweck', session: 'Sitzung', privacyPolicy: 'Datenschutzerklärung', showCookies: 'Cookies anzeigen',
    hideCookies: 'Cookies ausblenden', mixed: 'Teilweise aktiviert', serviceCount: { one: '{n} Dienst', other: '{n} Dienste' }
  },
  es: {
    services: 'Servicios', cookies: 'Cookies', name: 'Nombre', provider: 'Proveedor', duration: 'Duración',
    purpose: 'Finalidad', session: 'Sesión', privacyPolicy: 'Política de privacidad', showCookies: 'Mostrar cookies',
    hideCookies: 'Ocultar cookies', mixed: 'Activado en parte', serviceCount: { one: '{n} servicio', other: '{n} servicios' }
  },
  it: {
    services: 'Servizi', cookies: 'Cookie', name: 'Nome', provider: 'Fornitore', duration: 'Durata',
    purpose: 'Finalità', session: 'Sessione', privacyPolicy: 'Informativa sulla privacy', showCookies: 'Mostra i cookie',
    hideCookies: 'Nascondi i cookie', mixed: 'Parzialmente attivo', serviceCount: { one: '{n} servizio', other: '{n} servizi' }
  },
  nl: {
    services: 'Diensten', cookies: 'Cookies', name: 'Naam', provider: 'Aanbieder', duration: 'Bewaartermijn',
    purpose: 'Doel', session: 'Sessie', privacyPolicy: 'Privacybeleid', showCookies: 'Cookies tonen',
    hideCookies: 'Cookies verbergen', mixed: 'Gedeeltelijk aan', serviceCount: { one: '{n} dienst', other: '{n} diensten' }
  },
  pt: {
    services: 'Serviços', cookies: 'Cookies', name: 'Nome', provider: 'Fornecedor', duration: 'Duração',
    purpose: 'Finalidade', session: 'Sessão', privacyPolicy: 'Política de privacidade', showCookies: 'Mostrar cookies',
    hideCookies: 'Ocultar cookies', mixed: 'Parcialmente ativo', serviceCount: { one: '{n} serviço', other: '{n} serviços' }
  },
  pl: {
    services: 'Usługi', cookies: 'Pliki cookie', name: 'Nazwa', provider: 'Dostawca', duration: 'Okres przechowywania',
    purpose: 'Cel', session: 'Sesja', privacyPolicy: 'Polityka prywatności', showCookies: 'Pokaż pliki cookie',
    hideCookies: 'Ukryj pliki cookie', mixed: 'Częściowo włączone',
    serviceCount: { one: '{n} usługa', few: '{n} usługi', many: '{n} usług', other: '{n} usługi' }
  },
  ar: {
    services: 'الخدمات', cookies: 'ملفات تعريف الارتباط', name: 'الاسم', provider: 'المزوّد', duration: 'المدة',
    purpose: 'الغرض', session: 'الجلسة', privacyPolicy: 'سياسة الخصوصية', showCookies: 'إظهار ملفات تعريف الارتباط',
    hideCookies: 'إخفاء ملفات تعريف الارتباط', mixed: 'مفعّل جزئيًا',
    serviceCount: {
      zero: '{n} خدمة', one: 'خدمة واحدة', two: 'خدمتان', few: '{n} خدمات', many: '{n} خدمة', other: '{n} خدمة'
    }
  }
}

/**
 * The service strings in a language (exact tag, else primary subtag, else English), with the
 * site's overrides from `custom` on top.
 *
 * @example
 * serviceTexts('fr-CA').provider // 'Fournisseur'
 */
export function serviceTexts(lang: string, custom: Partial<ServiceTexts> = {}): ServiceTexts {
  return { ...textsFor(TEXTS, lang), ...custom }
}

/**
 * The tag to hand to Intl: a tag Intl rejects (e.g. 'x') falls back to English rather than
 * throwing in the dialog.
 *
 * @example
 * intlLocale('fr-ca') // 'fr-CA'
 */
export function intlLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] || 'en'
  } catch {
    return 'en'
  }
}

// Intl objects are slow to build: one of each per language, kept for the page.
const plurals = new Map<string, [Intl.PluralRules, Intl.NumberFormat]>()

/**
 * "{n} services" in a language, with its plural rules and digits.
 *
 * @example
 * countServices(3, 'pl') // '3 usługi'
 */
export function countServices(count: number, lang: string, custom: Partial<ServiceTexts> = {}): string {
  let forms = serviceTexts(lang, custom).serviceCount
  let tag = intlLocale(lang)
  let made = plurals.get(tag)
  if (!made) {
    made = [new Intl.PluralRules(tag), new Intl.NumberFormat(tag)]
    plurals.set(tag, made)
  }
  let form = forms[made[0].select(count)] ?? forms.other
  return form.replace('{n}', made[1].format(count))
}
