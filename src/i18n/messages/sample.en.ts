/** A worked example of the catalogue's syntax; replace with real parts as they move in. */
export const sampleEn = {
  deals: "{count, plural, one {# deal} other {# deals}}",
  dealsIn: "{count, plural, one {# deal} other {# deals}} in {place}",
} as const;
