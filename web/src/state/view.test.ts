import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DealStatus, DealType } from "../../../src/schema/deal.ts";
import { DEAL_STATUSES, DEAL_TYPES } from "../model/enums.ts";
import { defaultView, PAGE_IDS, parseView, SORT_KEYS, serializeView, type View } from "./view.ts";

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const month = fc
  .tuple(fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`);
const subset = <T extends string>(values: readonly T[]) =>
  fc.option(
    fc.subarray([...values]).map((xs) => values.filter((v) => xs.includes(v))),
    { nil: null },
  );

/** Edited inputs: ids to finite numbers (-0 is written "0", so it is drawn as 0). */
const numbers = fc.dictionary(
  id,
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x)),
  { maxKeys: 4 },
);

const view: fc.Arbitrary<View> = fc
  .record({
    page: fc.constantFrom(...PAGE_IDS),
    lang: fc.constantFrom("en" as const, "ar" as const),
    digits: fc.constantFrom("latn" as const, "arab" as const),
    basis: fc.constantFrom("announced" as const, "committed" as const, "paid" as const),
    asOf: fc.option(fc.constantFrom("2025", "2026-02", "2026-11-21"), { nil: null }),
    year: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
    months: fc.tuple(fc.option(month, { nil: null }), fc.option(month, { nil: null })),
    types: subset(DEAL_TYPES),
    statuses: subset(DEAL_STATUSES),
    min: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1e12 })),
    entity: fc.option(id, { nil: null }),
    deal: fc.option(id, { nil: null }),
    loop: fc.option(
      fc.array(id, { minLength: 2, maxLength: 5 }).map((xs) => xs.join(">")),
      { nil: null },
    ),
    q: fc.string({ maxLength: 30 }),
    sort: fc.constantFrom(...SORT_KEYS),
    desc: fc.boolean(),
    samples: fc.integer({ min: 1, max: 999 }),
    seed: fc.integer({ min: 0, max: 4_294_967_295 }),
    scenario: fc.option(id, { nil: null }),
    shocks: fc.option(fc.stringMatching(/^[a-z0-9._,-]{0,40}$/), { nil: null }),
    model: fc.option(fc.constantFrom("furfine", "eisenberg-noe", "debtrank-linear"), { nil: null }),
    options: fc.option(fc.stringMatching(/^[a-zA-Z0-9.,-]{0,30}$/), { nil: null }),
    econ: numbers,
    measure: fc.constantFrom("membership" as const, "revenue-share" as const),
    weights: numbers,
    exposures: numbers,
    delay: fc.integer({ min: 0, max: 120 }),
    region: fc.option(fc.constantFrom("Texas", "US", "New Mexico", "Abu Dhabi"), { nil: null }),
    growth: fc.option(
      fc.integer({ min: -990_000, max: 10_000_000 }).map((n) => n / 1e6),
      { nil: null },
    ),
    years: fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1990, max: 2100 })),
    mc: fc.option(id, { nil: null }),
    spread: fc.integer({ min: 1, max: 50 }),
    runs: fc.integer({ min: 1, max: 200_000 }),
    mcSeed: fc.integer({ min: 0, max: 4_294_967_295 }),
  })
  .map(({ months: [a, b], years: [y0, y1], ...rest }) => {
    const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    return { ...rest, from, to, firstYear: Math.min(y0, y1), lastYear: Math.max(y0, y1) };
  });

describe("the view in the URL", () => {
  it("round-trips every view", () => {
    fc.assert(
      fc.property(view, (v) => {
        expect(parseView(`?${serializeView(v)}`, "en")).toEqual(v);
      }),
      { numRuns: 2000 },
    );
  });

  it("writes only the language for the default view, and keeps lists readable", () => {
    expect(serializeView(defaultView("ar"))).toBe("lang=ar");
    const v = { ...defaultView("en"), page: "explorer" as const, types: ["loan" as const, "bond" as const] };
    expect(serializeView(v)).toBe("page=explorer&lang=en&types=loan,bond");
    expect(serializeView({ ...v, types: [] })).toBe("page=explorer&lang=en&types=");
    expect(serializeView({ ...defaultView("en"), loop: "nvidia>openai>oracle" })).toBe(
      "lang=en&loop=nvidia>openai>oracle",
    );
  });

  it("falls back to defaults on anything malformed, and never throws", () => {
    const bad = parseView("?page=nope&basis=x&year=12&min=-5&asOf=2026-13&entity=../x&sort=zz&seed=-1", "ar");
    expect(bad).toEqual(defaultView("ar"));
    fc.assert(
      fc.property(fc.string(), (s) => {
        parseView(s, "en");
      }),
      { numRuns: 2000 },
    );
  });

  it("orders a reversed announcement window and drops unknown list items", () => {
    const v = parseView("?from=2026-05&to=2025-01&types=loan,nope&statuses=signed", "en");
    expect([v.from, v.to]).toEqual(["2025-01", "2026-05"]);
    expect(v.types).toEqual(["loan"]);
    expect(v.statuses).toEqual(["signed"]);
  });

  it("lists exactly the schema's deal types and statuses", () => {
    expect([...DEAL_TYPES].sort()).toEqual([...DealType.options].sort());
    expect([...DEAL_STATUSES]).toEqual(DealStatus.options);
  });
});
