/**
 * Test fixture (used by the tests beside it only; pure data, no imports): a hand-checkable stress dataset. Lab buys 100 of compute from Cloud and borrows 50
 * from Bank; Chips holds 10% of Lab. Lab: revenue 30 a year, valuation 30; Chips: valuation 10.
 * Horizon 2 years, capital ratio 0.2.
 *   Lab:   owes 150, owed 0   → e = 150 + 30 = 180, capital 30
 *   Cloud: owes 0,   owed 100 → E = 0, e = 0, capital 100
 *   Bank:  owes 0,   owed 50  → e = 0, capital 50
 *   Chips: owes 0,   owed 0   → E = 10, e = 10, capital 10
 */
export const STRESS_FIXTURE_YAML = `
sources:
  - { id: s, publisher: P, title: T, date: 2025-01-01, url: "https://example.org/s", language: en, kind: press, reliability: high }
entities:
  - { id: lab, name: { en: Lab, ar: المختبر }, kind: ai-lab }
  - { id: cloud, name: { en: Cloud, ar: السحابة }, kind: hyperscaler }
  - { id: bank, name: { en: Bank, ar: المصرف }, kind: lender }
  - { id: chips, name: { en: Chips, ar: الرقائق }, kind: chipmaker }
deals:
  - id: lab-buys-cloud
    title: { en: Lab buys compute, ar: المختبر يشتري حوسبة }
    type: compute-commitment
    announced: 2025-02-01
    status: [{ status: signed, date: 2025-02-01 }]
    parties: [{ entity: lab, role: buyer }, { entity: cloud, role: seller }]
    flows: [{ kind: cash, from: lab, to: cloud, unit: USD, committed: { value: 100, sources: [s] } }]
    sources: [s]
  - id: bank-lends-lab
    title: { en: Bank lends to Lab, ar: المصرف يقرض المختبر }
    type: loan
    announced: 2025-02-01
    status: [{ status: closed, date: 2025-02-01 }]
    parties: [{ entity: bank, role: lender }, { entity: lab, role: borrower }]
    flows: [{ kind: cash, from: bank, to: lab, unit: USD, committed: { value: 50, sources: [s] } }]
    sources: [s]
  - id: chips-stake-in-lab
    title: { en: Chips holds 10% of Lab, ar: الرقائق تملك 10٪ من المختبر }
    type: equity-investment
    announced: 2025-02-01
    status: [{ status: closed, date: 2025-02-01 }]
    parties: [{ entity: chips, role: investor }, { entity: lab, role: investee }]
    flows: [{ kind: equity, from: lab, to: chips, unit: percent, committed: { value: 10, sources: [s] } }]
    sources: [s]
financials:
  - { entity: lab, metric: revenue, period: 2025, unit: USD, value: 30, sources: [s] }
  - { entity: lab, metric: valuation, period: 2025, unit: USD, value: 30, sources: [s] }
  - { entity: chips, metric: valuation, period: 2025, unit: USD, value: 10, sources: [s] }
parameters:
  - { id: stress-horizon-years, name: { en: Horizon, ar: الأفق }, unit: years, figure: { value: 2, estimate: true, sources: [s] } }
  - { id: stress-capital-ratio, name: { en: Capital ratio, ar: نسبة رأس المال }, unit: ratio, figure: { value: 0.2, estimate: true, sources: [s] } }
indicators:
  - { id: half, name: { en: Half, ar: نصف }, by: P, kind: estimate, unit: percent, figure: { low: 40, high: 60, sources: [s] }, topic: credit }
`;
