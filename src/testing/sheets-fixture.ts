/**
 * Test fixture (used by the tests of the company, deal and changes reports): five
 * deals between four companies, each a case a reader can check by hand.
 *   loi-ab     Alpha → Beta, up to 100, conditional; LOI 2025-01-10, revised 2025-06-01
 *   equity-ab  Alpha → Beta, 30 committed; announced 2025-06-01, closed 2025-07-01; replaces loi-ab
 *   lease-bc   Beta → Gamma, 50 committed over 2025–2026 (half a year each); signed 2025-02-01
 *   supply-ca  Gamma → Alpha, 20 committed in 2025; signed 2025-03-01, terminated 2025-10-01
 *   rev-db     Delta → Beta, 10 committed in 2025; signed 2025-04-01, revised 2025-08-01
 *   rumor-cd   Gamma → Delta, 5 announced; rumoured 2025-11 (a partial date)
 * Before 2025-10-01 the money runs round Alpha → Beta → Gamma → Alpha (bottleneck 20); the
 * termination of supply-ca breaks that loop.
 */
import { loadDataset } from "../io/load-dataset.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { tempDataset } from "./temp-dataset.ts";

export const SHEETS_FIXTURE_YAML = `
sources:
  - { id: s1, publisher: Wire One, title: LOI, date: 2025-01-10, url: "https://example.org/1", language: en, kind: press, reliability: high }
  - { id: s2, publisher: Wire Two, title: Round, date: 2025-06-01, url: "https://example.org/2", language: en, kind: press, reliability: high }
  - { id: s3, publisher: Filing, title: Lease, date: 2025-02-01, url: "https://example.org/3", language: en, kind: primary-filing, reliability: high }
  - { id: s4, publisher: Wire One, title: Supply ends, date: 2025-10-01, url: "https://example.org/4", language: en, kind: press, reliability: high }
  - { id: s5, publisher: Analyst, title: Results, date: 2025-03-01, url: "https://example.org/5", language: en, kind: analyst, reliability: medium }
entities:
  - { id: alpha, name: { en: Alpha Labs, ar: مختبرات ألفا }, kind: ai-lab }
  - { id: beta, name: { en: Beta Cloud, ar: بيتا السحابية }, kind: hyperscaler, ticker: "NYSE:BETA", aliases: [BC] }
  - { id: gamma, name: { en: Gamma Power, ar: جاما للطاقة }, kind: power }
  - { id: gamma-chips, name: { en: Gamma Chips, ar: جاما للرقائق }, kind: chipmaker }
  - { id: delta, name: { en: Delta Capital, ar: دلتا كابيتال }, kind: investor }
deals:
  - id: loi-ab
    title: { en: Alpha to invest up to 100 in Beta, ar: ألفا تستثمر ما يصل إلى 100 في بيتا }
    type: equity-investment
    announced: 2025-01-10
    period: { start: 2025-01 }
    status:
      - { status: loi, date: 2025-01-10, sources: [s1], note: Letter of intent }
      - { status: revised, date: 2025-06-01, sources: [s2], note: Replaced by the round }
    parties: [{ entity: alpha, role: investor }, { entity: beta, role: investee }]
    flows:
      - { id: equity, kind: cash, from: alpha, to: beta, unit: USD, conditional: true, condition: per GW, announced: { high: 100, sources: [s1], quote: "up to 100" } }
    sources: [s1]
  - id: equity-ab
    title: { en: Alpha puts 30 into Beta, ar: ألفا تضخ 30 في بيتا }
    type: equity-investment
    announced: 2025-06-01
    status:
      - { status: announced, date: 2025-06-01, sources: [s2] }
      - { status: closed, date: 2025-07-01 }
    parties: [{ entity: alpha, role: investor }, { entity: beta, role: investee }]
    flows:
      - { id: equity, kind: cash, from: alpha, to: beta, unit: USD, announced: { value: 30, sources: [s2] }, committed: { value: 30, sources: [s2] } }
    links: [{ type: replaces, deal: loi-ab, note: the round replaces the LOI }]
    sources: [s2]
  - id: lease-bc
    title: { en: Beta leases from Gamma, ar: بيتا تستأجر من جاما }
    type: lease
    announced: 2025-02-01
    period: { start: 2025-01, end: 2026-12 }
    status: [{ status: signed, date: 2025-02-01, sources: [s3] }]
    parties: [{ entity: beta, role: lessee }, { entity: gamma, role: lessor }]
    flows:
      - kind: cash
        from: beta
        to: gamma
        unit: USD
        committed: { value: 50, sources: [s3], alternatives: [{ value: 60, sources: [s5] }] }
        schedule: [{ year: 2025, share: 1 }, { year: 2026, share: 1 }]
    sources: [s3]
  - id: supply-ca
    title: { en: Gamma buys from Alpha, ar: جاما تشتري من ألفا }
    type: compute-commitment
    announced: 2025-03-01
    period: { start: 2025-01, end: 2025-12 }
    status:
      - { status: signed, date: 2025-03-01, sources: [s3] }
      - { status: terminated, date: 2025-10-01, sources: [s4], note: Ended early }
    parties: [{ entity: gamma, role: buyer }, { entity: alpha, role: seller }]
    flows:
      - { kind: cash, from: gamma, to: alpha, unit: USD, committed: { value: 20, sources: [s3] } }
    sources: [s3]
  - id: rev-db
    title: { en: Delta lends to Beta, ar: دلتا تقرض بيتا }
    type: loan
    announced: 2025-04-01
    period: { start: 2025-01, end: 2025-12 }
    status:
      - { status: signed, date: 2025-04-01, sources: [s5] }
      - { status: revised, date: 2025-08-01, sources: [s5], note: Terms extended }
    parties: [{ entity: delta, role: lender }, { entity: beta, role: borrower }]
    flows:
      - { kind: cash, from: delta, to: beta, unit: USD, committed: { value: 10, sources: [s5] } }
    sources: [s5]
  - id: rumor-cd
    title: { en: Gamma and Delta in talks, ar: محادثات بين جاما ودلتا }
    type: partnership
    announced: 2025-11
    status: [{ status: rumored, date: 2025-11, sources: [s4] }]
    parties: [{ entity: gamma, role: partner }, { entity: delta, role: partner }]
    flows:
      - { kind: cash, from: gamma, to: delta, unit: USD, announced: { value: 5, sources: [s4], estimate: true } }
    sources: [s4]
financials:
  - { entity: beta, metric: revenue, period: 2024, unit: USD, value: 100, sources: [s5] }
  - { entity: beta, metric: revenue, period: FY2025, unit: USD, value: 150, sources: [s5], forecast: true }
  - { entity: beta, metric: debt, period: 2025-Q2, unit: USD, value: 20, sources: [s5] }
  - { entity: beta, metric: capex, period: 2024-2026, unit: USD, value: 90, sources: [s5] }
  - { entity: alpha, metric: revenue, period: 2025, unit: USD, value: 7, sources: [s5] }
sites:
  - id: site-one
    name: { en: Site One, ar: الموقع الأول }
    operators: [beta]
    developer: gamma
    location: { country: US, region: Texas }
    capacity:
      - { date: 2025-01, unit: MW, value: 100, sources: [s3] }
      - { date: 2026-06, unit: MW, value: 300, sources: [s3] }
    power:
      - { kind: grid, unit: MW, value: 150, sources: [s3] }
`;

/** The fixture through the real loader (so it is validated like any dataset), with its folder for CLI tests. */
export async function loadSheetsFixture(): Promise<{ dir: string; dataset: Dataset }> {
  const dir = await tempDataset({ "data.yaml": SHEETS_FIXTURE_YAML });
  const result = await loadDataset(dir);
  if (!result.ok) throw new Error(`sheets fixture invalid: ${JSON.stringify(result.problems)}`);
  return { dir, dataset: result.dataset };
}
