/** `halqa power` and `halqa funding` end to end on the bundled data, in English and Arabic, with bad input. */
import { describe, expect, it } from "vitest";
import { captureIo } from "../testing/capture-io.ts";
import { main } from "./main.ts";

async function run(args: string[]) {
  const io = captureIo();
  const code = await main([...args, "--as-of", "2026-11-21"], io);
  return { code, out: io.out(), err: io.err() };
}

describe("halqa funding openai (bundled data)", () => {
  it("reproduces the articles' figures: $3.7B revenue and a ~$5B loss in 2024, ~$14B in 2025, $44B by 2028", async () => {
    const r = await run(["funding", "openai", "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const year = (y: number) => json.years.find((x: { year: number }) => x.year === y);
    expect(year(2024)).toMatchObject({ revenue: 3.7e9, revenueSource: "reported", reportedResult: -5e9 });
    // 2025: the model reads the cash burn ($8.5B) before the accounting loss; both are reconciled.
    expect(year(2025).reportedResult).toBe(-8.5e9);
    const row = (metric: string, period: string) =>
      json.reconciliation.find(
        (c: { metric: string; period: string }) => c.metric === metric && c.period === period,
      );
    expect(row("net-income", "2025")).toMatchObject({ reported: -14e9 });
    // The $44B runs 2023–2028 (The Information's projection), so it is reconciled when the window holds 2023.
    expect(row("net-income", "2023-2028")).toBeUndefined();
    const from2023 = JSON.parse((await run(["funding", "openai", "--from", "2023", "--json"])).out);
    expect(from2023.reconciliation.find((c: { period: string }) => c.period === "2023-2028")).toMatchObject({
      metric: "net-income",
      reported: -44e9,
    });
    expect(row("net-income", "2024")).toMatchObject({ reported: -5e9, difference: 0 });
    // Every difference is the model less the reported figure, with a reason for each year.
    for (const c of json.reconciliation) {
      expect(c.difference).toBeCloseTo(c.model - c.reported, 0);
      expect(c.years.length).toBeGreaterThan(0);
    }
    // No cash figure precedes 2024: the runway is unknown, never a date counted from $0.
    expect(json).toMatchObject({ startingCashKnown: false, runway: "unknown", runsOut: null });
    expect(json.growth).toMatchObject({ id: "revenue-growth-openai", value: 0.727 });
    expect(json.growthToClose.status).toBe("solved");
  });

  it("prints a table in English and in Arabic", async () => {
    const en = await run(["funding", "openai", "--to", "2028"]);
    expect(en.out).toContain("Funding gap: OpenAI");
    expect(en.out).toContain("revenue growth that closes the gap");
    // The runway is a value beside its explanation (issue 13: the summary is a layout table).
    expect(en.out).toMatch(/cash runs out +│ unknown +│ no reported cash figure/);
    expect(en.out).toContain("Model burn against reported results");
    expect(en.out).toContain("but halqa counts it as not binding");
    const ar = await run(["funding", "openai", "--lang", "ar", "--to", "2028"]);
    expect(ar.out).toContain("فجوة التمويل");
    expect(ar.out).toContain("الحرق النقدي في النموذج مقارنةً بالنتائج المُفصح عنها");
  });

  it("takes --growth and warns about years with no financials", async () => {
    const r = await run(["funding", "openai", "--from", "2022", "--to", "2027", "--growth", "0", "--json"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("No financials for 2022, 2023");
    const json = JSON.parse(r.out);
    expect(json.growth).toMatchObject({ overridden: true, value: 0 });
  });

  it("rejects an unknown entity, a reversed range and a bad growth with exit 2", async () => {
    const unknown = await run(["funding", "opena"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown entity "opena"');
    const ar = await run(["funding", "nobody", "--lang", "ar"]);
    expect(ar.err).toContain("جهة غير معروفة");
    const reversed = await run(["funding", "openai", "--from", "2030", "--to", "2025"]);
    expect(reversed.code).toBe(2);
    expect(reversed.err).toContain("--from (2030) is after --to (2025)");
    expect((await run(["funding", "openai", "--growth", "-2"])).code).toBe(2);
  });
});

describe("halqa power (bundled data)", () => {
  it("gives committed, secured and coverage per year with the reference forecasts", async () => {
    const r = await run(["power", "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.years.map((y: { year: number }) => y.year)).toEqual([
      2024, 2025, 2026, 2027, 2028, 2029, 2030,
    ]);
    for (const y of json.years) {
      expect(y.strandedGw).toBeCloseTo(Math.max(0, y.capacityGw - y.securedGw), 9);
      if (y.coverage !== null) expect(y.coverage).toBeGreaterThanOrEqual(0);
    }
    const ids = json.references.map((x: { id: string }) => x.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "goldman-global-dc-power-demand-growth-2030",
        "mckinsey-us-dc-power-demand-cagr-2030",
        "ercot-large-load-requests-2030",
        "us-grid-connection-wait",
        "goldman-us-offgrid-dc-capacity-gw",
      ]),
    );
    const hyperion = json.campuses.find((c: { id: string }) => c.id === "meta-hyperion");
    expect(hyperion).toMatchObject({ rule: "larger", powerKnown: true });
    const abilene = json.campuses.find((c: { id: string }) => c.id === "stargate-abilene");
    expect(abilene).toMatchObject({ powerKnown: false });
  });

  it("shows the GW a 24-month grid slip pushes out; capacity already on cannot slip", async () => {
    const r = await run(["power", "--delay-months", "24", "--region", "US", "--json"]);
    const json = JSON.parse(r.out);
    expect(json.delay.sites).toEqual(expect.arrayContaining(["meta-hyperion", "openai-ohio-pike-county"]));
    expect(json.years.some((y: { delayedGw: number }) => y.delayedGw > 0)).toBe(true);
    // Every Texas campus with a dated capacity is on by November 2026.
    const texas = JSON.parse(
      (await run(["power", "--delay-months", "24", "--region", "Texas", "--json"])).out,
    );
    expect(texas.delay.sites).toEqual(expect.arrayContaining(["iren-childress"]));
    expect(texas.years.every((y: { delayedGw: number }) => y.delayedGw === 0)).toBe(true);
    const text = await run(["power", "--delay-months", "24", "--lang", "ar"]);
    expect(text.out).toContain("جيجاوات متأخرة");
  });

  it("filters by site and entity, and prints unknown power as unknown", async () => {
    const r = await run(["power", "--site", "stargate-abilene"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("unknown");
    expect((await run(["power", "--entity", "xai", "--json"])).code).toBe(0);
  });

  it("rejects an unknown site, a region with no site, --region alone and a bad delay", async () => {
    expect((await run(["power", "--site", "abilene"])).err).toContain('unknown site "abilene"');
    expect((await run(["power", "--delay-months", "6", "--region", "Atlantis"])).code).toBe(2);
    expect((await run(["power", "--region", "Texas"])).err).toContain(
      "--region applies only with --delay-months",
    );
    expect((await run(["power", "--delay-months", "six"])).code).toBe(2);
    expect((await run(["power", "--from", "2031", "--to", "2030"])).code).toBe(2);
  });
});

describe("halqa stress scenarios/grid-slip-24-months.yaml", () => {
  it("costs the operators of delayed campuses their revenue for the delay", async () => {
    const r = await run(["stress", "scenarios/grid-slip-24-months.yaml", "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.scenario).toBe("grid-slip-24-months");
    expect(json.account).toContainEqual(expect.objectContaining({ code: "revenue-loss", entity: "meta" }));
    const text = await run(["stress", "scenarios/grid-slip-24-months.yaml"]);
    expect(text.out).toContain("Meta loses revenue of");
  });
});
