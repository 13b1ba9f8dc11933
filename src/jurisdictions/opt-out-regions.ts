/**
 * The regions the built-in table makes opt-out: the US states with a comprehensive privacy law
 * (sources in table.ts). Every other built-in row is opt-in, like the default, so this list is
 * all the engine needs to answer with the built-in table (BUILT_IN_POLICIES spells it out).
 */
export const OPT_OUT_REGIONS: readonly string[] = [
  'US-AL', 'US-CA', 'US-CO', 'US-CT', 'US-DE', 'US-IA', 'US-IN', 'US-KY',
  'US-LA', 'US-MD', 'US-MN', 'US-MT', 'US-NE', 'US-NH', 'US-NJ', 'US-OK',
  'US-OR', 'US-RI', 'US-TN', 'US-TX', 'US-UT', 'US-VA'
]
