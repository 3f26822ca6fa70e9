/** fast-check generators of small random deal sets, for property tests of the flow engine. */
import fc from "fast-check";
import type { Deal, DealStatus, Flow } from "../schema/deal.ts";

const ENTITIES = ["a", "b", "c", "d"];
const STATUSES: DealStatus[] = [
  "rumored",
  "loi",
  "announced",
  "signed",
  "closed",
  "funded",
  "revised",
  "terminated",
];

const figure = (value: number) => ({ value, sources: ["s"] });

const flowArb: fc.Arbitrary<Flow> = fc
  .record({
    from: fc.constantFrom(...ENTITIES),
    offset: fc.integer({ min: 1, max: ENTITIES.length - 1 }),
    announced: fc.integer({ min: 1, max: 1000 }),
    committedShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    paidShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    conditional: fc.boolean(),
    schedule: fc.option(
      fc.uniqueArray(fc.integer({ min: 2020, max: 2032 }), { minLength: 1, maxLength: 4 }),
      {
        nil: undefined,
      },
    ),
  })
  .map((r) => {
    const to = ENTITIES[(ENTITIES.indexOf(r.from) + r.offset) % ENTITIES.length] as string;
    const flow: Flow = {
      kind: "cash",
      from: r.from,
      to,
      unit: "USD",
      conditional: r.conditional,
      announced: figure(r.announced),
    };
    if (r.committedShare !== undefined) flow.committed = figure(r.announced * r.committedShare);
    if (r.paidShare !== undefined)
      flow.paid = { ...figure(r.announced * r.paidShare * 0.5), asOf: "2027-06-30" };
    if (r.schedule) flow.schedule = r.schedule.map((year, i) => ({ year, share: i + 1 }));
    return flow;
  });

export const dealsArb: fc.Arbitrary<Deal[]> = fc
  .array(
    fc.record({
      flows: fc.array(flowArb, { minLength: 1, maxLength: 3 }),
      announcedYear: fc.integer({ min: 2020, max: 2027 }),
      periodYears: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
      statuses: fc.array(fc.constantFrom(...STATUSES), { minLength: 1, maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .chain((raw) =>
    fc
      .array(
        fc.tuple(fc.integer({ min: 0, max: raw.length - 1 }), fc.integer({ min: 0, max: raw.length - 1 })),
        { maxLength: raw.length },
      )
      .map((links) =>
        raw.map((r, i): Deal => {
          const deal: Deal = {
            id: `deal-${i}`,
            title: { en: `Deal ${i}`, ar: `صفقة ${i}` },
            type: "compute-commitment",
            announced: `${r.announcedYear}-03-15`,
            status: r.statuses.map((status, k) => ({ status, date: `${r.announcedYear + k}-03-15` })),
            parties: [{ entity: "a", role: "buyer" }],
            flows: r.flows,
            sources: ["s"],
          };
          if (r.periodYears !== undefined)
            deal.period = { start: `${r.announcedYear}-07`, years: r.periodYears };
          const overlaps = links.filter(([from, to]) => from === i && to !== i).map(([, to]) => to);
          if (overlaps.length > 0)
            deal.links = overlaps.map((to) => ({ type: "overlaps", deal: `deal-${to}` }));
          return deal;
        }),
      ),
  );
