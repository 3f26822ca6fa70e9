/**
 * Issue 12 on the command line: bad input is a coded error with file and line and the right exit code
 * (1 bad data, 2 bad usage), never a stack trace, never a silent guess.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { captureIo } from "../testing/capture-io.ts";
import { main } from "./main.ts";

const dir = mkdtempSync(join(tmpdir(), "halqa-trust-"));
const file = (name: string, body: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
};

async function run(args: string[]) {
  const io = captureIo();
  const code = await main(args, io);
  const err = io.err();
  expect(err).not.toMatch(/\n\s+at .*:\d+:\d+/);
  return { code, out: io.out(), err };
}

const BOMB = ["a: &a [x, x, x, x, x, x, x, x, x]"]
  .concat(
    ["b", "c", "d", "e", "f"].map((n, i) => `${n}: &${n} [${Array(9).fill(`*${"abcde"[i]}`).join(", ")}]`),
  )
  .join("\n");

describe("loops --graph", () => {
  it("refuses Latin-1 bytes instead of merging caf\\xe9 and caf\\xe8 into a fake loop", async () => {
    const path = file("latin1.csv", Buffer.from("src,dst,amount\ncaf\xe9,b,10\nb,caf\xe8,10\n", "latin1"));
    const { code, out, err } = await run(["loops", "--graph", path]);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toContain(`${path}:2  [invalid-utf8]`);
  });
  it("refuses 1e309 instead of a loop whose total is ∞, and points at no made-up column", async () => {
    const path = file("inf.csv", "src,dst,amount\na,b,1e309\nb,a,5\n");
    const { code, err } = await run(["loops", "--graph", path]);
    expect(code).toBe(1);
    expect(err).toContain(`${path}:2  [graph-bad-amount]  amount: the amount 1e309 is too large`);
  });
});

describe("network solve", () => {
  it("says what a file holding null is, and refuses unknown options", async () => {
    const nil = await run(["network", "solve", file("null.json", "null")]);
    expect(nil.code).toBe(1);
    expect(nil.err).toContain("[invalid-type]  expected object, found null");
    const bogus = file(
      "bogus.json",
      '{"nodes":[{"id":"a","externalAssets":2},{"id":"b"}],"liabilities":[{"debtor":"a","creditor":"b","amount":1}],"model":{"name":"neva","valuation":"linear-debtrank","bogus":3}}',
    );
    const result = await run(["network", "solve", bogus]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("[unknown-field]  model.bogus");
  });
  it("codes a folder and a JSON syntax error by line and column", async () => {
    expect((await run(["network", "solve", dir])).err).toContain("[file-is-directory]");
    const broken = await run([
      "network",
      "solve",
      file("broken.json", '{\n  "nodes": [\n    {"id": "a" "x": 1}]}'),
    ]);
    expect(broken.err).toContain("broken.json:3:16  [invalid-json]");
  });
});

describe("stress and data validate", () => {
  it("says a 0-byte or blank scenario is empty (exit 1)", async () => {
    for (const [name, body] of [
      ["empty.yaml", ""],
      ["blank.yaml", "  \n\n"],
    ]) {
      const { code, err } = await run(["stress", file(name as string, body as string)]);
      expect(code).toBe(1);
      expect(err).toContain("[file-empty]");
    }
  });
  it("stops a billion-laughs scenario or data file with a coded problem", async () => {
    const scenario = await run(["stress", file("bomb.yaml", BOMB)]);
    expect(scenario.code).toBe(1);
    expect(scenario.err).toContain("[yaml-alias-limit]");
    const data = mkdtempSync(join(tmpdir(), "halqa-bomb-"));
    writeFileSync(join(data, "bomb.yaml"), BOMB);
    const validate = await run(["data", "validate", data]);
    expect(validate.code).toBe(1);
    expect(validate.out + validate.err).toContain("[yaml-alias-limit]");
  });
  it("refuses .nan and __proto__ in a scenario with their path", async () => {
    const nan = file("nan.yaml", "id: s\nmodel: { name: furfine, lgd: .nan }\nshocks: []\n");
    const result = await run(["stress", nan]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("nan.yaml:2:");
    expect(result.err).toContain("[not-finite]  model.lgd");
    const proto = await run(["stress", file("proto.yaml", "id: s\n__proto__: 1\nshocks: []\n")]);
    expect(proto.err).toContain("[unknown-field]  __proto__");
  });
});

describe("economics --set", () => {
  it("refuses a useful life of 0 (exit 2) instead of a RangeError stack", async () => {
    const { code, err } = await run(["economics", "--set", "server-useful-life-google=0"]);
    expect(code).toBe(2);
    expect(err).toContain("server-useful-life-google: must be greater than 0 (got 0)");
  });
});

describe("economics --set, past the useful life", () => {
  it.each([
    ["jpmorgan-target-return=1e400", "[not-finite]", "reads as Infinity"],
    ["jpmorgan-target-return=-5", "[negative-amount]", "cannot be negative (-5)"],
    ["bain-dc-capex-per-year-2030=-1B", "[negative-amount]", "cannot be negative"],
  ])("refuses %s (exit 2) instead of a negative or infinite revenue needed", async (set, _code, words) => {
    const { code, out, err } = await run(["economics", "--set", set]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(words);
  });

  it("still takes a falling growth rate", async () => {
    const { code } = await run(["economics", "--set", "ibm-enterprise-compute-cost-growth-2023-2025=-0.2"]);
    expect(code).toBe(0);
  });
});

describe("an unknown entity", () => {
  it.each([
    ["exposure", "nvidai"],
    ["flows", "--entity", "nvidai"],
    ["circularity", "--entity", "nvidai"],
  ])("suggests the closest id for a typo: %s %s", async (...args) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toContain('unknown entity "nvidai" (did you mean nvidia');
  });

  it("says so in Arabic", async () => {
    const { code, err } = await run(["exposure", "nvidai", "--lang", "ar"]);
    expect(code).toBe(2);
    expect(err).toContain("جهة غير معروفة");
  });
});

describe("--out in a folder that does not exist", () => {
  it("says which folder is missing before any work, not a temporary file's ENOENT", async () => {
    const out = join(dir, "no-such-folder", "x.json");
    const { code, err } = await run(["data", "export", "--out", out]);
    expect(code).toBe(2);
    expect(err).toContain("[output-folder-missing]");
    expect(err).toContain("the folder");
    expect(err).not.toMatch(/ENOENT|\.tmp/);
  });

  it("names a file where the folder should be as a file, not as a missing folder", async () => {
    const notFolder = file("plain.txt", "x");
    const { code, err } = await run(["data", "export", "--out", join(notFolder, "x.json")]);
    expect(code).toBe(2);
    expect(err).toContain(
      `[output-folder-missing] ${join(notFolder, "x.json")} cannot be written: ${notFolder} is a file, not a folder`,
    );
  });
});

describe("a dataset file with Latin-1 bytes", () => {
  it("is refused by name and line by every command that reads the data", async () => {
    const data = join(dir, "latin1-data");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(data);
    writeFileSync(
      join(data, "entities.yaml"),
      Buffer.from("entities:\n  - id: cafe\n    name: { en: caf\xe9, ar: x }\n    kind: other\n", "latin1"),
    );
    for (const args of [
      ["data", "validate", data],
      ["summary", "--data", data],
    ]) {
      const { code, out, err } = await run(args);
      expect(code, args.join(" ")).toBe(1);
      expect(out + err).toContain("entities.yaml:3  [invalid-utf8]");
    }
  });
});

describe("market --exposure", () => {
  it("refuses 1e309 and Latin-1 bytes with line and code", async () => {
    const inf = await run(["market", "--exposure", file("exp-inf.csv", "entity,exposure\nnvidia,1e309\n")]);
    expect(inf.code).toBe(1);
    expect(inf.err).toContain('exp-inf.csv:2  [invalid-number]  exposure: "1e309" is too large');
    const latin1 = file("exp-l1.csv", Buffer.from("entity,exposure\ncaf\xe9,1\n", "latin1"));
    const bad = await run(["market", "--exposure", latin1]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("exp-l1.csv:2  [invalid-utf8]");
  });

  it("names a JSON file as such, where it said the file had no rows", async () => {
    const json = file("exp.json", '[{"entity": "nvidia", "exposure": 40}]\n');
    const en = await run(["market", "--exposure", json]);
    expect(en.code).toBe(1);
    expect(en.err).toContain(
      "[csv-other-format]  a .json file is not read here: give a CSV file with the columns entity, exposure",
    );
    const ar = await run(["market", "--exposure", json, "--lang", "ar"]);
    expect(ar.err).toContain("لا يُقرأ هنا ملف ⁦.json⁩");
  });
});

describe("data validate on a file", () => {
  it("says the path is a file, not that a folder is missing", async () => {
    const { code, out, err } = await run(["data", "validate", file("deals.yaml", "deals: []\n")]);
    expect(code).toBe(1);
    expect(out + err).toContain("[dir-is-file]");
  });
});

describe("a bug in halqa", () => {
  it("prints one coded line, not a stack, unless HALQA_DEBUG is set", async () => {
    const { vi } = await import("vitest");
    const economics = await import("../core/reports/economics-report.ts");
    const spy = vi.spyOn(economics, "economicsReport").mockImplementation(() => {
      throw new TypeError("boom");
    });
    try {
      const { code, err } = await run(["economics"]);
      expect(code).toBe(1);
      expect(err).toBe(
        "halqa: [internal-error] an unexpected error stopped halqa (boom); this is a bug in halqa, not in your data — please report it (HALQA_DEBUG=1 shows the details)",
      );
      const io = captureIo({ HALQA_DEBUG: "1" });
      await expect(main(["economics"], io)).rejects.toThrow("boom");
    } finally {
      spy.mockRestore();
    }
  });
});

describe("options in the user's language, nothing accepted in silence", () => {
  // Measured 2026-12-07: every option error below was an English sentence under --lang ar, commander's
  // own errors too (above the Arabic help); --window without --temporal, a seed or a length past 2^53
  // (rounded to another number) and a growth that overflows revenue to ∞ ("—" in every later year)
  // were accepted with exit 0.
  it.each([
    [["flows", "--basis", "foo"], "--basis must be one of announced, committed, paid", "إحدى القيم"],
    [["flows", "--year", "1e309"], "--year must be a four-digit year", "سنة من أربعة أرقام"],
    [
      ["flows", "--from", "2030", "--to", "2020"],
      "--from (2030) is after --to (2020)",
      "تأتي بعد سنة النهاية",
    ],
    [["flows", "--as-of", "2026-13-45"], "--as-of must be an ISO date", "تاريخًا بالصيغة"],
    [["loops", "--max-length", "NaN"], "--max-length must be a positive whole number", "عددًا صحيحًا موجبًا"],
    [["loops", "--max-length", "99999999999999999999"], "--max-length is too large", "كبيرة جدًا"],
    [["circularity", "--seed", "99999999999999999999999"], "--seed is too large", "كبيرة جدًا"],
    [["loops", "--window", "30d"], "--window goes with --temporal", "من دون ⁦--temporal⁩"],
    [["loops", "--temporal", "--window", "1e309d"], "--window must be a duration", "مدة مثل"],
    [["funding", "openai", "--growth", "Infinity"], "--growth must be a number above -1", "أكبر من"],
    [
      ["funding", "openai", "--growth", "1e308"],
      "--growth 1e308 grows revenue past the largest number",
      "لانهاية",
    ],
    [["power", "--delay-months", "-0"], "--delay-months must be a whole number of months", "من الأشهر"],
    [["serve", "--port", "NaN"], '--port must be 0–65535 (got "NaN")', "بين 0 و65535"],
    [["exposure"], "give an entity id, or --rank", "أو أضف ⁦--rank⁩"],
    [["stress", "x.yaml", "--runs", "0"], "--runs must be a whole number from 1 to 100000000", "من ⁦1⁩ إلى"],
    // Ran for minutes (110 s for funding on a quiet machine): each year is modelled, again and again.
    [["funding", "openai", "--from", "1000", "--to", "9999"], "spans more than 100 years", "تتجاوز 100 سنة"],
    [["power", "--from", "1000", "--to", "9999"], "spans more than 100 years", "تتجاوز 100 سنة"],
    // The ledger scan's options were English sentences under --lang ar too (checked before any read).
    [["ledger", "scan", "x.csv", "--max-hops", "1"], "--max-hops must be a whole number ≥ 2", "لا يقل عن ⁦2⁩"],
    [["ledger", "scan", "x.csv", "--window", "1x"], "--window must be a duration", "مدة مثل"],
    [["ledger", "scan", "x.csv", "--shard", "3/2"], "--shard must be i/n", "بالصيغة ⁦i/n⁩"],
    [["ledger", "scan", "x.csv", "--static", "--shard", "0/2"], "--shard splits by time", "بحسب الزمن"],
    [["ledger", "scan", "x.csv", "--temporal", "--static"], "give --temporal or --static", "لا الاثنين معًا"],
    [
      ["ledger", "scan", "x.csv", "--per-transaction"],
      "--per-transaction goes with --static",
      "من دون ⁦--static⁩",
    ],
    [
      ["ledger", "scan", "x.csv", "--retention", "2..1"],
      "--retention must be low..high",
      "بالصيغة ⁦low..high⁩",
    ],
    [["ledger", "scan", "x.csv", "--memory-limit", "lots"], "--memory-limit must be a size", "حجمًا مثل"],
    [["ledger", "scan", "x.csv", "--out", "cycles.txt"], "--out must end in .csv", "بأحد الامتدادات"],
  ])("%j: exit 2 with the message in English and in Arabic", async (args, english, arabic) => {
    const en = await run(args);
    expect(en.code).toBe(2);
    expect(en.err).toContain(english);
    for (const lang of [["--lang", "ar"], ["--lang=ar"]]) {
      const ar = await run([...args, ...lang]);
      expect(ar.code, lang.join(" ")).toBe(2);
      expect(ar.err).toContain(arabic);
      expect(ar.err).not.toContain(english);
    }
  });

  it("refuses a maturity of Infinity for the Black-Cox valuation (exit 2), in English and Arabic", async () => {
    const net = file(
      "ok.json",
      '{"nodes":[{"id":"a","externalAssets":2},{"id":"b"}],"liabilities":[{"debtor":"a","creditor":"b","amount":1}],"model":{"name":"neva","valuation":"linear-debtrank"}}',
    );
    const en = await run(["network", "solve", net, "--maturity", "Infinity"]);
    expect(en.code).toBe(2);
    expect(en.err).toContain('--maturity must be a positive number of years (got "Infinity")');
    const ar = await run(["network", "solve", net, "--maturity", "1e309", "--lang", "ar"]);
    expect(ar.code).toBe(2);
    expect(ar.err).toContain("عددًا موجبًا من السنوات");
  });

  it("says an unknown --lang in both languages, the reader's being unknown", async () => {
    const { code, err } = await run(["flows", "--lang", "xx"]);
    expect(code).toBe(2);
    expect(err).toContain('halqa: --lang must be one of en, ar (got "xx")');
    expect(err).toContain("halqa: يجب أن تكون قيمة ⁦--lang⁩ إحدى القيم ⁦en, ar⁩");
  });

  it("says in Arabic that an --out file was written", async () => {
    const out = join(dir, "exported.json");
    const { code, err } = await run(["data", "export", "--lang", "ar", "--out", out]);
    expect(code).toBe(0);
    expect(err).toContain(`كُتب الملف ⁦${out}⁩`);
    expect(err).not.toContain("wrote");
  });

  it("says commander's own usage errors in Arabic under --lang ar, as they were in English", async () => {
    const en = await run(["flows", "--basi", "x"]);
    expect(en.code).toBe(2);
    expect(en.err).toContain("error: unknown option '--basi'\n(Did you mean --basis?)");
    const cases: [string[], string][] = [
      [["flows", "--basi", "x"], "خطأ: خيار غير معروف ⁦--basi⁩\n(هل تقصد ⁦--basis⁩؟)"],
      [["funding"], "خطأ: ينقص المُعطى المطلوب ⁦entity⁩"],
      [["flows", "--year"], "خطأ: لم تُعطَ قيمة للخيار ⁦--year <year>⁩"],
      [["deal", "a", "b"], "خطأ: مُعطيات أكثر من اللازم للأمر ⁦deal⁩: يُنتظر مُعطى واحد، وورد 2."],
      [["flowz"], "خطأ: أمر غير معروف ⁦flowz⁩"],
      [["data export", "--format", "xml"], "خطأ: القيمة ⁦xml⁩ غير صالحة للخيار ⁦--format <format>⁩"],
    ];
    for (const [args, said] of cases) {
      // Right after the command: an option missing its value would take a later --lang as the value.
      const ar = await run([...(args[0] as string).split(" "), "--lang", "ar", ...args.slice(1)]);
      expect(ar.code, args.join(" ")).toBe(2);
      expect(ar.err).toContain(said);
      expect(ar.err).not.toContain("error:");
    }
  });

  it.skipIf(process.platform !== "linux")(
    "says a failed write in the user's words, not Node's (which named a temporary file)",
    async () => {
      // /proc takes no new files: the temporary beside /proc/version cannot be created.
      const en = await run(["data", "export", "--out", "/proc/version", "--force"]);
      expect(en.code).toBe(1);
      expect(en.err).toContain(
        "cannot write /proc/version: its folder cannot take new files; nothing was changed",
      );
      expect(en.err).not.toContain(".tmp");
      const ar = await run(["data", "export", "--lang", "ar", "--out", "/proc/version", "--force"]);
      expect(ar.err).toContain("تعذّرت كتابة ⁦/proc/version⁩: لا يقبل مجلده ملفات جديدة");
      // A brief's HTML had ended as "[internal-error]", a bug's line, for the same failure.
      const brief = await run(["brief", "--out", "/proc/brief.html"]);
      expect(brief.code).toBe(1);
      expect(brief.err).toContain("cannot write /proc/brief.html: its folder cannot take new files");
      expect(brief.err).not.toContain("internal-error");
    },
  );
});
