/**
 * IANA time zone → country (ISO 3166-1 alpha-2), for `region: 'auto'` when the server sent no
 * region. Listed by country so a reader sees at once which zones count as, say, France.
 *
 * Complete for the EEA, the United Kingdom, Switzerland and the United States (current and old
 * names: browsers report either, Chromium the CLDR spelling such as 'America/Indianapolis');
 * for the rest of the world, the largest online populations and their main zones. A zone that
 * is not here gives no country, hence the strictest policy. Built from tzdata 2025b (zone.tab and
 * its links) and the zone names of ICU 78; checked on 2026-12-07.
 *
 * The browser needs it only when a site's `policies` give some country or the default a policy
 * other than 'opt-in' (`timeZoneMatters`): it is loaded on demand, never with the banner.
 */
export const ZONES: Record<string, readonly string[]> = {
  // European Union, with Åland and the outermost regions that have codes of their own.
  AT: ['Europe/Vienna'],
  BE: ['Europe/Brussels'],
  BG: ['Europe/Sofia'],
  CY: ['Asia/Famagusta', 'Asia/Nicosia', 'Europe/Nicosia'],
  CZ: ['Europe/Prague'],
  DE: ['Europe/Berlin', 'Europe/Busingen'],
  DK: ['Europe/Copenhagen'],
  EE: ['Europe/Tallinn'],
  ES: ['Africa/Ceuta', 'Atlantic/Canary', 'Europe/Madrid'],
  FI: ['Europe/Helsinki'],
  FR: ['Europe/Paris'],
  GR: ['Europe/Athens'],
  HR: ['Europe/Zagreb'],
  HU: ['Europe/Budapest'],
  IE: ['Europe/Dublin'],
  IT: ['Europe/Rome'],
  LT: ['Europe/Vilnius'],
  LU: ['Europe/Luxembourg'],
  LV: ['Europe/Riga'],
  MT: ['Europe/Malta'],
  NL: ['Europe/Amsterdam'],
  PL: ['Europe/Warsaw'],
  PT: ['Atlantic/Azores', 'Atlantic/Madeira', 'Europe/Lisbon'],
  RO: ['Europe/Bucharest'],
  SE: ['Europe/Stockholm'],
  SI: ['Europe/Ljubljana'],
  SK: ['Europe/Bratislava'],
  AX: ['Europe/Mariehamn'],
  GF: ['America/Cayenne'],
  GP: ['America/Guadeloupe'],
  MF: ['America/Marigot'],
  MQ: ['America/Martinique'],
  RE: ['Indian/Reunion'],
  YT: ['Indian/Mayotte'],
  // The rest of the EEA, the United Kingdom, Switzerland.
  IS: ['Atlantic/Reykjavik'],
  LI: ['Europe/Vaduz'],
  // Jan Mayen is Norwegian (tzdata links it to Europe/Berlin).
  NO: ['Atlantic/Jan_Mayen', 'Europe/Oslo'],
  GB: ['Europe/Belfast', 'Europe/London'],
  CH: ['Europe/Zurich'],
  // United States: every zone, old names included; a zone never tells the state.
  US: [
    'America/Adak', 'America/Anchorage', 'America/Atka', 'America/Boise', 'America/Chicago', 'America/Denver',
    'America/Detroit', 'America/Fort_Wayne', 'America/Indiana/Indianapolis', 'America/Indiana/Knox',
    'America/Indiana/Marengo', 'America/Indiana/Petersburg', 'America/Indiana/Tell_City', 'America/Indiana/Vevay',
    'America/Indiana/Vincennes', 'America/Indiana/Winamac', 'America/Indianapolis', 'America/Juneau',
    'America/Kentucky/Louisville', 'America/Kentucky/Monticello', 'America/Knox_IN', 'America/Los_Angeles',
    'America/Louisville', 'America/Menominee', 'America/Metlakatla', 'America/New_York', 'America/Nome',
    'America/North_Dakota/Beulah', 'America/North_Dakota/Center', 'America/North_Dakota/New_Salem',
    'America/Phoenix', 'America/Shiprock', 'America/Sitka', 'America/Yakutat', 'Pacific/Honolulu',
    'Pacific/Johnston', 'US/Alaska', 'US/Aleutian', 'US/Arizona', 'US/Central', 'US/East-Indiana', 'US/Eastern',
    'US/Hawaii', 'US/Indiana-Starke', 'US/Michigan', 'US/Mountain', 'US/Pacific'
  ],
  // The rest of the world: the largest online populations, their main zones.
  AE: ['Asia/Dubai'],
  AR: [
    'America/Buenos_Aires', 'America/Argentina/Buenos_Aires', 'America/Cordoba', 'America/Argentina/Cordoba',
    'America/Mendoza', 'America/Argentina/Mendoza'
  ],
  AU: [
    'Australia/Sydney', 'Australia/Melbourne', 'Australia/Brisbane', 'Australia/Perth', 'Australia/Adelaide',
    'Australia/Hobart', 'Australia/Darwin'
  ],
  BD: ['Asia/Dhaka'],
  BR: [
    'America/Sao_Paulo', 'America/Bahia', 'America/Fortaleza', 'America/Recife', 'America/Belem',
    'America/Manaus', 'America/Cuiaba'
  ],
  CA: [
    'America/Toronto', 'America/Montreal', 'America/Vancouver', 'America/Edmonton', 'America/Winnipeg',
    'America/Halifax', 'America/Regina', 'America/St_Johns'
  ],
  CL: ['America/Coyhaique', 'America/Punta_Arenas', 'America/Santiago', 'Pacific/Easter'],
  CN: ['Asia/Shanghai', 'Asia/Urumqi'],
  CO: ['America/Bogota'],
  EG: ['Africa/Cairo'],
  HK: ['Asia/Hong_Kong'],
  ID: ['Asia/Jakarta', 'Asia/Jayapura', 'Asia/Makassar', 'Asia/Pontianak'],
  IL: ['Asia/Jerusalem'],
  IN: ['Asia/Calcutta', 'Asia/Kolkata'],
  JP: ['Asia/Tokyo'],
  KE: ['Africa/Asmera', 'Africa/Nairobi'],
  KR: ['Asia/Seoul'],
  MA: ['Africa/Casablanca'],
  MX: [
    'America/Mexico_City', 'America/Monterrey', 'America/Tijuana', 'America/Cancun', 'America/Merida',
    'America/Chihuahua', 'America/Hermosillo'
  ],
  MY: ['Asia/Kuala_Lumpur', 'Asia/Kuching'],
  NG: ['Africa/Lagos'],
  NZ: ['Pacific/Auckland', 'Pacific/Chatham'],
  PE: ['America/Lima'],
  PH: ['Asia/Manila'],
  PK: ['Asia/Karachi'],
  RU: [
    'Europe/Moscow', 'Europe/Kaliningrad', 'Europe/Samara', 'Europe/Volgograd', 'Asia/Yekaterinburg', 'Asia/Omsk',
    'Asia/Novosibirsk', 'Asia/Krasnoyarsk', 'Asia/Irkutsk', 'Asia/Vladivostok'
  ],
  SA: ['Asia/Riyadh'],
  SG: ['Asia/Singapore'],
  TH: ['Asia/Bangkok'],
  TR: ['Europe/Istanbul'],
  TW: ['Asia/Taipei'],
  UA: ['Europe/Kiev', 'Europe/Kyiv', 'Europe/Simferopol'],
  VN: ['Asia/Ho_Chi_Minh', 'Asia/Saigon'],
  ZA: ['Africa/Johannesburg']
}
