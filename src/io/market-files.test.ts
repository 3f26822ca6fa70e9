/** tracker.csv and index-weights CSV: good rows kept, bad rows reported by line, column and code. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDataset } from "../testing/temp-dataset.ts";
import { parseCsvTable, parseNumber } from "./csv-table.ts";
import { readExposureFile, readWeightsFile } from "./index-weights-file.ts";
import { readMarketFiles } from "./market-files.ts";
import { readTrackerFile } from "./tracker-file.ts";

const dataset = {
  entities: [{ id: "lab" }, { id: "cloud" }],
  sources: [{ id: "s1" }, { id: "s2" }],
} as never;

const HEADER = "entity,period,signal,value,unit,source,estimate,note\n";

describe("tracker.csv", () => {
  it("keeps good rows and reports each bad one with its line and code", async () => {
    const dir = await tempDataset({
      "tracker.csv": `${HEADER}lab,2025,usage-revenue-share,80,percent,s1;s2,,"a note, quoted"
ghost,2025,utilisation,50,percent,s1,,
lab,2025-Q5,utilisation,50,percent,s1,,
lab,2025,mood,50,percent,s1,,
lab,2024,utilisation,abc,percent,s1,,
lab,2024,usage-revenue-share,120,percent,s1,,
lab,2024,power-coverage,120,percent,nobody,,
lab,2025,usage-revenue-share,70,percent,s1,,
cloud,2025,utilisation,60,percent,,maybe,
lab,2023,utilisation,60
`,
    });
    const { observations, problems } = await readTrackerFile(dir, dataset);
    expect(observations.map((o) => [o.entity, o.period, o.signal, o.value])).toEqual([
      ["lab", "2025", "usage-revenue-share", 80],
    ]);
    expect(observations[0]?.sources).toEqual(["s1", "s2"]);
    expect(observations[0]?.note).toBe("a note, quoted");
    expect(problems.map((p) => [p.line, p.code, p.path[0] ?? ""])).toEqual([
      [3, "unknown-entity", "entity"],
      [4, "invalid-period", "period"],
      [5, "invalid-enum", "signal"],
      [6, "invalid-number", "value"],
      [7, "percent-over-100", "value"],
      [8, "unknown-source", "source"],
      [9, "duplicate-row", "signal"],
      [10, "figure-unsourced", "source"],
      [10, "invalid-boolean", "estimate"],
      [11, "csv-bad-row", ""],
    ]);
  });

  it("reports missing columns once, from the header line", async () => {
    const dir = await tempDataset({ "tracker.csv": "entity,period,value\nlab,2025,50\n" });
    const { problems } = await readTrackerFile(dir, dataset);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "csv-columns", line: 1 });
    expect(problems[0]?.params.missing).toEqual(["signal", "unit", "source"]);
  });

  it("reports an empty file and a file that does not exist", async () => {
    const dir = await tempDataset({ "tracker.csv": HEADER });
    expect((await readTrackerFile(dir, dataset)).problems[0]?.code).toBe("csv-empty");
    expect((await readTrackerFile(join(dir, "nowhere"), dataset)).problems[0]?.code).toBe("file-missing");
  });
});

describe("index weights and exposures", () => {
  it("checks numbers, ranges, duplicates and the 100% total; a user's file needs no source ids", async () => {
    const dir = await tempDataset({
      "w.csv": "entity,weight\nnvidia,60\napple,50\nnvidia,1\ntesla,-1\nmeta,x\n",
      "e.csv": "entity,exposure,note\nnvidia,100,all of it\napple,101,\n",
    });
    const w = await readWeightsFile(join(dir, "w.csv"), "w.csv");
    expect(w.problems.map((p) => [p.line, p.code])).toEqual([
      [3, "weights-over-100"],
      [4, "duplicate-row"],
      [5, "negative-amount"],
      [6, "invalid-number"],
    ]);
    const e = await readExposureFile(join(dir, "e.csv"), "e.csv");
    expect(e.exposures).toEqual([{ entity: "nvidia", exposure: 100, note: "all of it", line: 2 }]);
    expect(e.problems.map((p) => [p.line, p.code])).toEqual([[3, "percent-over-100"]]);
  });

  it("the bundled snapshot must cite known sources", async () => {
    const dir = await tempDataset({
      "w.csv": "index,entity,weight,source\nsp-500,nvidia,6.6,\nsp-500,apple,7.6,zzz\n",
    });
    const w = await readWeightsFile(join(dir, "w.csv"), "w.csv", dataset);
    expect(w.problems.map((p) => p.code)).toEqual(["figure-unsourced", "unknown-source"]);
  });

  it("parses plain numbers only", () => {
    expect(["1", "1.5", "-2", "1e6", ".5"].map(parseNumber)).toEqual([1, 1.5, -2, 1e6, 0.5]);
    expect(["", "1,000", "$5", "1e", "abc"].map(parseNumber)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(parseCsvTable("a,b\n", "x.csv", ["a"]).problems[0]?.code).toBe("csv-empty");
  });

  it("reads a folder's market files once for every face: absent files are optional unless required", async () => {
    const dir = await tempDataset({
      "tracker.csv": `${HEADER}lab,2025,utilisation,60,percent,s1,,\nghost,2025,utilisation,50,percent,s1,,\n`,
    });
    const both = await readMarketFiles(dir, dataset as never);
    expect(both.files.observations.map((o) => o.entity)).toEqual(["lab"]);
    expect(both.files.weights).toEqual([]);
    expect(both.failed.map((f) => [f.file, f.problems.map((p) => p.code)])).toEqual([
      ["tracker.csv", ["unknown-entity"]],
    ]);
    expect(both.problems).toEqual(both.failed[0]?.problems);
    const market = await readMarketFiles(dir, dataset as never, {
      kinds: ["weights"],
      required: ["weights"],
    });
    expect(market.files.observations).toEqual([]);
    expect(market.failed.map((f) => f.file)).toEqual(["index-weights.csv"]);
    expect(market.problems.length).toBeGreaterThan(0);
  });
});
