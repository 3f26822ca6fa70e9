/**
 * The loader on broken datasets: each kind of bad input named by the issue gets a fixture and the
 * exact error code expected, with the file, line and path a person needs to fix it.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDataset } from "../testing/temp-dataset.ts";
import { loadDataset } from "./load-dataset.ts";

const SOURCES = `sources:
  - { id: s1, publisher: P, title: T, url: "https://example.org/1", language: en, kind: press, reliability: high }
`;
const ENTITIES = `entities:
  - { id: a, name: { en: A, ar: ألف }, kind: ai-lab }
  - { id: b, name: { en: B, ar: باء }, kind: chipmaker }
`;
const deal = (body: string) => `deals:
  - id: d1
    title: { en: A buys from B, ar: ألف تشتري من باء }
    type: chip-supply
    announced: 2025-01-01
    status: [{ status: signed, date: 2025-01-01 }]
    parties: [{ entity: a, role: buyer }, { entity: b, role: seller }]
    sources: [s1]
${body}`;
const FLOW = `    flows:
      - { kind: cash, from: a, to: b, unit: USD, announced: { value: 10, sources: [s1] } }
`;

async function problems(files: Record<string, string>) {
  const dir = await tempDataset({ "sources.yaml": SOURCES, "entities.yaml": ENTITIES, ...files });
  const result = await loadDataset(dir);
  return result.ok
    ? []
    : result.problems.map((p) => ({ code: p.code, file: p.file, line: p.line, path: p.path.join(".") }));
}

describe("loadDataset", () => {
  it("loads a valid folder and merges its files", async () => {
    const dir = await tempDataset({
      "sources.yaml": SOURCES,
      "entities.yaml": ENTITIES,
      "deals/d.yaml": deal(FLOW),
    });
    const result = await loadDataset(dir);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.files).toEqual(["deals/d.yaml", "entities.yaml", "sources.yaml"]);
      expect(result.dataset.deals.map((d) => d.id)).toEqual(["d1"]);
      expect(result.dataset.deals[0]?.flows[0]?.conditional).toBe(false);
    }
  });

  it.each([
    [
      "malformed YAML",
      { "deals.yaml": "deals:\n  - id: d1\n    title: { en: x\n" },
      { code: "yaml-syntax", line: 4 },
    ],
    [
      "a wrong type",
      { "deals.yaml": deal(FLOW).replace("announced: 2025-01-01", "announced: [2025]") },
      { code: "invalid-type", line: 5, path: "deals.0.announced" },
    ],
    [
      "an unknown field",
      { "deals.yaml": deal(FLOW).replace("type: chip-supply", "type: chip-supply\n    colour: red") },
      { code: "unknown-field", line: 5, path: "deals.0.colour" },
    ],
    [
      "a missing required field",
      { "deals.yaml": deal(FLOW).replace("    type: chip-supply\n", "") },
      { code: "required", line: 2, path: "deals.0.type" },
    ],
    [
      "an unknown enum value",
      { "deals.yaml": deal(FLOW).replace("type: chip-supply", "type: chips-supply") },
      { code: "invalid-enum", line: 4, path: "deals.0.type" },
    ],
    [
      "an id that is not kebab-case",
      { "deals.yaml": deal(FLOW).replace("id: d1", "id: D_1") },
      { code: "invalid-id", line: 2 },
    ],
    [
      "a date that does not parse",
      { "deals.yaml": deal(FLOW).replace("announced: 2025-01-01", "announced: 2025-02-30") },
      { code: "invalid-date", line: 5 },
    ],
    [
      "a dangling entity",
      { "deals.yaml": deal(FLOW.replace("to: b", "to: zz")) },
      { code: "unknown-entity", line: 10, path: "deals.0.flows.0.to" },
    ],
    [
      "a dangling source",
      { "deals.yaml": deal(FLOW.replace("sources: [s1] }", "sources: [nope] }")) },
      { code: "unknown-source", line: 10, path: "deals.0.flows.0.announced.sources.0" },
    ],
    [
      "low above high",
      { "deals.yaml": deal(FLOW.replace("value: 10", "low: 20, high: 10")) },
      { code: "low-above-high", line: 10 },
    ],
    [
      "a negative amount",
      { "deals.yaml": deal(FLOW.replace("value: 10", "value: -10")) },
      { code: "negative-amount", line: 10 },
    ],
    [
      "a unit that does not fit the flow kind",
      { "deals.yaml": deal(FLOW.replace("unit: USD", "unit: GW")) },
      { code: "unit-kind-mismatch", line: 10, path: "deals.0.flows.0.unit" },
    ],
    [
      "a status history out of date order",
      {
        "deals.yaml": deal(FLOW).replace(
          "status: [{ status: signed, date: 2025-01-01 }]",
          "status: [{ status: signed, date: 2025-06-01 }, { status: loi, date: 2025-01-01 }]",
        ),
      },
      { code: "status-out-of-order", line: 6, path: "deals.0.status.1.date" },
    ],
    [
      "an overlap link to a missing deal",
      { "deals.yaml": `${deal(FLOW)}    links: [{ type: overlaps, deal: ghost }]\n` },
      { code: "link-missing-deal", line: 11, path: "deals.0.links.0.deal" },
    ],
    [
      "a percentage over 100%",
      {
        "deals.yaml": deal(
          `    flows:\n      - { kind: equity, from: b, to: a, unit: percent, announced: { value: 120, sources: [s1] } }\n`,
        ),
      },
      { code: "percent-over-100", line: 10 },
    ],
    [
      "sponsors' stakes summing over 100%",
      {
        "spv.yaml":
          "entities:\n  - id: v\n    name: { en: V, ar: في }\n    kind: spv\n    sponsors: [{ entity: a, stakePct: 80 }, { entity: b, stakePct: 30 }]\n",
      },
      { code: "stakes-over-100", line: 5, path: "entities.0.sponsors" },
    ],
    [
      "a duplicate id",
      { "more.yaml": "entities:\n  - { id: a, name: { en: A2, ar: ألف٢ }, kind: other }\n" },
      { code: "duplicate-id", file: "more.yaml", line: 2, path: "entities.0.id" },
    ],
    [
      "an Arabic name in Latin script",
      { "more.yaml": "entities:\n  - { id: c, name: { en: C, ar: C }, kind: other }\n" },
      { code: "missing-arabic", line: 2 },
    ],
    [
      "a figure without sources",
      { "deals.yaml": deal(FLOW.replace("sources: [s1] }", "sources: [] }")) },
      { code: "figure-unsourced", line: 10 },
    ],
    [
      "a period that ends before it starts",
      {
        "deals.yaml": deal(FLOW).replace(
          "    sources: [s1]\n",
          "    sources: [s1]\n    period: { start: 2027, end: 2026-06 }\n",
        ),
      },
      { code: "period-end-before-start", line: 9 },
    ],
    ["an empty file", { "empty.yaml": "# nothing here\n" }, { code: "file-empty", file: "empty.yaml" }],
  ])("reports %s with its exact code and position", async (_name, files, expected) => {
    const found = await problems(files as Record<string, string>);
    expect(found).toContainEqual(expect.objectContaining(expected));
  });

  it("lists every problem of a file at once, not only the first", async () => {
    const broken = deal(FLOW.replace("unit: USD", "unit: GW").replace("value: 10", "value: -1")).replace(
      "status: [{ status: signed, date: 2025-01-01 }]",
      "status: [{ status: signed, date: 2025-06-01 }, { status: loi, date: 2025-01-01 }]",
    );
    const codes = (await problems({ "deals.yaml": broken })).map((p) => p.code).sort();
    expect(codes).toEqual(["negative-amount", "status-out-of-order", "unit-kind-mismatch"]);
  });

  it("does not report references into a file that failed its own schema check", async () => {
    const found = await problems({
      "deals.yaml": deal(FLOW),
      "broken.yaml": "entities:\n  - { id: c, name: { en: C, ar: سين }, kind: nonsense }\n",
      "uses.yaml": deal(FLOW.replace("to: b", "to: c")).replace("id: d1", "id: d2"),
    });
    expect(found.map((p) => p.code)).toEqual(["invalid-enum"]);
  });

  it("reports a missing folder and a folder without YAML", async () => {
    expect((await loadDataset("/nonexistent/halqa")).ok).toBe(false);
    const empty = await tempDataset({ "readme.txt": "hi" });
    const result = await loadDataset(empty);
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(["no-data-files"]);
  });

  it("writes nothing while validating", async () => {
    const dir = await tempDataset({
      "sources.yaml": SOURCES,
      "entities.yaml": ENTITIES,
      "deals.yaml": deal(FLOW.replace("to: b", "to: zz")),
    });
    const snapshot = async () =>
      Promise.all(
        (await readdir(dir))
          .sort()
          .map(async (f) => [f, (await stat(join(dir, f))).mtimeMs, await readFile(join(dir, f), "utf8")]),
      );
    const before = await snapshot();
    await loadDataset(dir);
    expect(await snapshot()).toEqual(before);
  });
});
