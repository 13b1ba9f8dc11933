import { textsFor } from '../i18n/table.js'
/** The strings of the opt-out control and its dialog, in one language. */
export interface OptOutTexts {
  /** The persistent control; California's regulations name it "Do Not Sell or Share My Personal Information". */
  link: string
  /** The dialog's title. */
  title: string
  /** What opting out does. */
  text: string
  /** Saves the opt-out. */
  optOut: string
  /** Closes the dialog, changing nothing. */
  keep: string
  /** Shown when Global Privacy Control was applied as the opt-out (California expects it shown). */
  gpc: string
}

// The English link says what 11 CCR § 7026 names it; § 7025 asks a site to show that it processed
// an opt-out preference signal such as GPC. Spanish uses the usual translation of the link (no
// official one found); the other languages are best effort, to be reviewed by native speakers.
const OPT_OUT: Record<string, OptOutTexts> = {
  en: {
    link: 'Do Not Sell or Share My Personal Information',
    title: 'Do Not Sell or Share My Personal Information',
    text: 'We and our partners use cookies for personalized advertising, which can count as selling or sharing your personal information. If you opt out, we stop it in this browser.',
    optOut: 'Opt out',
    keep: 'Keep',
    gpc: 'Your Global Privacy Control signal was honored as an opt-out of sale/sharing.'
  },
  es: {
    link: 'No vender ni compartir mi información personal',
    title: 'No vender ni compartir mi información personal',
    text: 'Nosotros y nuestros socios usamos cookies para publicidad personalizada, lo que puede considerarse venta o intercambio de su información personal. Si se excluye, lo detenemos en este navegador.',
    optOut: 'Excluirme',
    keep: 'Mantener',
    gpc: 'Se respetó su señal de Control Global de Privacidad como exclusión de la venta o el intercambio.'
  },
  fr: {
    link: 'Ne pas vendre ni partager mes informations personnelles',
    title: 'Ne pas vendre ni partager mes informations personnelles',
    text: 'Nos partenaires et nous utilisons des cookies pour la publicité personnalisée, ce qui peut constituer une vente ou un partage de vos informations personnelles. Si vous refusez, nous y mettons fin dans ce navigateur.',
    optOut: 'Refuser',
    keep: 'Conserver',
    gpc: 'Votre signal Global Privacy Control a été respecté : il vaut refus de la vente et du partage.'
  },
  de: {
    link: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
    title: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
    text: 'Wir und unsere Partner verwenden Cookies für personalisierte Werbung. Das kann als Verkauf oder Weitergabe Ihrer personenbezogenen Daten gelten. Wenn Sie widersprechen, beenden wir es in diesem Browser.',
    optOut: 'Widersprechen',
    keep: 'Beibehalten',
    gpc: 'Ihr Global-Privacy-Control-Signal wurde als Widerspruch gegen Verkauf und Weitergabe berücksichtigt.'
  },
  it: {
    link: 'Non vendere né condividere le mie informazioni personali',
    title: 'Non vendere né condividere le mie informazioni personali',
    text: 'Noi e i nostri partner usiamo i cookie per la pubblicità personalizzata, che può costituire una vendita o condivisione delle tue informazioni personali. Se ti opponi, la interrompiamo in questo browser.',
    optOut: 'Mi oppongo',
    keep: 'Mantieni',
    gpc: 'Il tuo segnale Global Privacy Control è stato rispettato come opposizione alla vendita e alla condivisione.'
  },
  nl: {
    link: 'Mijn persoonsgegevens niet verkopen of delen',
    title: 'Mijn persoonsgegevens niet verkopen of delen',
    text: 'Wij en onze partners gebruiken cookies voor gepersonaliseerde advertenties. Dat kan gelden als verkopen of delen van uw persoonsgegevens. Als u zich afmeldt, stoppen we dit in deze browser.',
    optOut: 'Afmelden',
    keep: 'Behouden',
    gpc: 'Uw Global Privacy Control-signaal is gehonoreerd als afmelding voor verkopen en delen.'
  },
  pt: {
    link: 'Não vender nem partilhar as minhas informações pessoais',
    title: 'Não vender nem partilhar as minhas informações pessoais',
    text: 'Nós e os nossos parceiros usamos cookies para publicidade personalizada, o que pode constituir venda ou partilha das suas informações pessoais. Se recusar, paramos neste navegador.',
    optOut: 'Recusar',
    keep: 'Manter',
    gpc: 'O seu sinal Global Privacy Control foi respeitado como recusa da venda e da partilha.'
  },
  pl: {
    link: 'Nie sprzedawaj ani nie udostępniaj moich danych osobowych',
    title: 'Nie sprzedawaj ani nie udostępniaj moich danych osobowych',
    text: 'My i nasi partnerzy używamy plików cookie do reklam spersonalizowanych, co może oznaczać sprzedaż lub udostępnianie Twoich danych osobowych. Jeśli zrezygnujesz, przestaniemy to robić w tej przeglądarce.',
    optOut: 'Rezygnuję',
    keep: 'Zachowaj',
    gpc: 'Twój sygnał Global Privacy Control został uwzględniony jako sprzeciw wobec sprzedaży i udostępniania.'
  },
  ar: {
    link: 'عدم بيع معلوماتي الشخصية أو مشاركتها',
    title: 'عدم بيع معلوماتي الشخصية أو مشاركتها',
    text: 'نستخدم نحن وشركاؤنا ملفات تعريف الارتباط للإعلانات المخصصة، وقد يُعدّ ذلك بيعًا لمعلوماتك الشخصية أو مشاركة لها. إذا رفضت، نوقف ذلك في هذا المتصفح.',
    optOut: 'رفض',
    keep: 'إبقاء',
    gpc: 'تم احترام إشارة التحكم العالمي في الخصوصية (GPC) لديك كرفض للبيع أو المشاركة.'
  }
}

/**
 * The opt-out strings in a language (its primary subtag, else English), with the site's
 * overrides on top.
 *
 * @example
 * optOutTexts('es-US').link // 'No vender ni compartir mi información personal'
 * optOutTexts('en', { keep: 'Cancel' }).keep // 'Cancel'
 */
export function optOutTexts(lang: string, custom: Partial<OptOutTexts> = {}): OptOutTexts {
  return { ...textsFor(OPT_OUT, lang), ...custom }
}

/** The languages with built-in opt-out strings. */
export const OPT_OUT_LANGUAGES: readonly string[] = Object.keys(OPT_OUT)
