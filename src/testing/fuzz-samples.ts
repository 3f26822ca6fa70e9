/**
 * Valid files the fuzzing suite (src/fuzz) starts its mutations from, on the tiny dataset's ids
 * (src/testing/fixtures/tiny): market CSVs, a tracker CSV, a plain network and a stress scenario.
 */
export const WEIGHTS_CSV = `index,entity,weight,asOf,source,estimate,note
sp-500,lab,7.6,2025-01-03,press-a,false,
sp-500,chips,6.6,2025-01-03,press-a,true,"split, equally"
`;

export const EXPOSURE_CSV = "entity,exposure,note,source\nlab,40,most of it,press-a\nchips,12.5,,filing-b\n";

export const TRACKER_CSV = `entity,period,signal,value,unit,source,estimate,note
lab,2024,usage-revenue-share,27,percent,press-a,true,"derived, roughly"
cloud,2025-Q2,utilisation,80,percent,filing-b,false,
`;

/** A owes B 6, B owes C 4; C's assets fall by 1 (the chain of src/testing/fixtures/networks). */
export const NETWORK_JSON = `{
  "nodes": [
    { "id": "A", "externalAssets": 10, "externalLiabilities": 0, "capital": 5 },
    { "id": "B", "externalAssets": 2, "externalLiabilities": 0, "capital": 1 },
    { "id": "C", "externalAssets": 1, "externalLiabilities": 5, "capital": 1 }
  ],
  "liabilities": [
    { "debtor": "B", "creditor": "A", "amount": 6 },
    { "debtor": "C", "creditor": "B", "amount": 4 }
  ],
  "shocks": [{ "node": "C", "externalAssets": -1 }],
  "model": { "name": "eisenberg-noe" }
}
`;

/**
 * Parameters the tiny dataset lacks but `stress` and `tracker` need before they read their input: with
 * them appended, a valid scenario or tracker file is computed, so mutations start from a working case.
 */
export const FUZZ_PARAMETERS = `
  - { id: stress-horizon-years, name: { en: h, ar: أفق }, unit: years, figure: { value: 8, sources: [press-a] } }
  - { id: stress-capital-ratio, name: { en: c, ar: نسبة }, unit: ratio, figure: { value: 0.1, sources: [press-a] } }
  - { id: tracker-utilisation-threshold, name: { en: u, ar: عتبة }, unit: percent, figure: { value: 70, sources: [press-a] } }
  - { id: tracker-power-coverage-threshold, name: { en: p, ar: عتبة }, unit: percent, figure: { value: 100, sources: [press-a] } }
  - { id: tracker-usage-revenue-threshold, name: { en: r, ar: عتبة }, unit: percent, figure: { value: 50, sources: [press-a] } }
`;
