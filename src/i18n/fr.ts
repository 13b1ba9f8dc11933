import type { Texts } from './types.js'

/** Français : textes par défaut repris d'un grand site d'information français. */
export const fr: Texts = {
  title: 'Ce site utilise des cookies',
  text: 'Nous utilisons des cookies pour %.',
  and: 'et',
  policy: "Lisez notre {politique de confidentialité} pour plus d'informations.",
  accept: 'Accepter',
  reject: 'Refuser',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  save: 'Enregistrer',
  settings: 'Gérer les cookies',
  gpc: 'Votre signal Global Privacy Control a été respecté.',
  necessary: ['Nécessaires', 'Indispensables au fonctionnement du site.'],
  analytics: ["Mesure d'audience", "Mesurent la fréquentation afin d'améliorer notre site.", "l'analyse afin d'améliorer notre site"],
  marketing: ['Publicité', 'Publicité personnalisée et mesure de ses performances.', 'la publicité personnalisée'],
  preferences: ['Préférences', 'Retiennent vos choix, comme la langue.', 'retenir vos préférences']
}
