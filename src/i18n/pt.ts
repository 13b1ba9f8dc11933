import type { Texts } from './types.js'

/** Português (wording that reads naturally in Portugal and in Brazil). */
export const pt: Texts = {
  title: 'Este site utiliza cookies',
  text: 'Utilizamos cookies para %.',
  and: 'e',
  policy: 'Leia a nossa {política de privacidade} para mais informações.',
  accept: 'Aceitar',
  reject: 'Rejeitar',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  customize: 'Personalizar',
  save: 'Guardar',
  settings: 'Preferências de cookies',
  gpc: 'O sinal Global Privacy Control do seu navegador foi respeitado.',
  necessary: ['Necessários', 'Indispensáveis para o funcionamento do site. Sempre ativos.'],
  analytics: ['Análise', 'Medem as visitas para melhorar o site.', 'análises que nos ajudam a melhorar o site'],
  marketing: ['Marketing', 'Publicidade personalizada e a sua medição.', 'publicidade personalizada'],
  preferences: ['Preferências', 'Lembram as suas escolhas, como o idioma.', 'lembrar as suas preferências']
}
