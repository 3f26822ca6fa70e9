/**
 * bin/huge-pages.js: which commands run again on 2 MB pages, and with what environment. (The relaunch
 * itself is exercised by every test that starts bin/halqa.js for a ledger scan, e.g. the signal tests
 * of src/cli/ledger-signals.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { hugePagesEnv, wantsHugePages } from "../../../bin/huge-pages.js";

const glibc = (version: string | undefined) => () => version;
const scan = ["ledger", "scan", "ledger.csv", "--window", "1d"];

describe("wantsHugePages", () => {
  it("asks for them for a ledger scan on Linux with glibc 2.35 or later", () => {
    expect(wantsHugePages(scan, {}, "linux", glibc("2.36"))).toBe(true);
    expect(wantsHugePages(["--lang", "ar", ...scan], {}, "linux", glibc("2.35"))).toBe(true);
    expect(wantsHugePages(scan, {}, "linux", glibc("3.0"))).toBe(true);
  });

  it("leaves every other command, platform, C library and an existing GLIBC_TUNABLES alone", () => {
    expect(wantsHugePages(["loops", "--lang", "ar"], {}, "linux", glibc("2.36"))).toBe(false);
    expect(wantsHugePages(["ledger", "ledger.csv"], {}, "linux", glibc("2.36"))).toBe(false);
    expect(wantsHugePages(scan, {}, "darwin", glibc("2.36"))).toBe(false);
    expect(wantsHugePages(scan, {}, "linux", glibc(undefined))).toBe(false);
    expect(wantsHugePages(scan, {}, "linux", glibc("2.34"))).toBe(false);
    expect(wantsHugePages(scan, { GLIBC_TUNABLES: "glibc.malloc.hugetlb=0" }, "linux", glibc("2.36"))).toBe(
      false,
    );
  });

  it("asks for the C library's version only when the command is a ledger scan", () => {
    let asked = 0;
    const counted = () => {
      asked++;
      return "2.36";
    };
    wantsHugePages(["loops"], {}, "linux", counted);
    expect(asked).toBe(0);
    wantsHugePages(scan, {}, "linux", counted);
    expect(asked).toBe(1);
  });
});

describe("hugePagesEnv", () => {
  it("keeps the caller's environment and adds the tunable and the child's mark", () => {
    const env = hugePagesEnv({ HALQA_FROM_SOURCE: "1", PATH: "/bin" });
    expect(env).toEqual({
      HALQA_FROM_SOURCE: "1",
      PATH: "/bin",
      GLIBC_TUNABLES: "glibc.malloc.hugetlb=1",
      HALQA_HUGE_PAGES_CHILD: "1",
    });
  });
});
