import type { Texts } from './types.js'

/** Español. */
export const es: Texts = {
  title: 'Este sitio utiliza cookies',
  text: 'Utilizamos cookies con fines de %.',
  and: 'y',
  policy: 'Consulta nuestra {política de privacidad} para más información.',
  accept: 'Aceptar',
  reject: 'Rechazar',
  acceptAll: 'Aceptar todas',
  rejectAll: 'Rechazar todas',
  customize: 'Personalizar',
  save: 'Guardar',
  settings: 'Configurar cookies',
  gpc: 'Hemos respetado la señal Global Privacy Control de tu navegador.',
  necessary: ['Necesarias', 'Imprescindibles para que el sitio funcione. Siempre activas.'],
  analytics: ['Analíticas', 'Miden las visitas para mejorar el sitio.', 'análisis para mejorar nuestro sitio'],
  marketing: ['Publicidad', 'Anuncios personalizados y su medición.', 'publicidad personalizada'],
  preferences: ['Preferencias', 'Recuerdan tus ajustes, como el idioma.', 'personalización']
}
