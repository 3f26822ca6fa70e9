/** Ledger durations (the window, a cycle's span): English as before, Arabic in words, never "2h". */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { captureIo } from "../../testing/capture-io.ts";
import { main } from "../main.ts";
import { duration } from "./ledger-report.ts";

describe("duration", () => {
  it("keeps the English short forms", () => {
    expect([45, 720, 7200, 19_800, 276_480].map((s) => duration("en", s))).toEqual([
      "45s",
      "12m",
      "2h",
      "5.5h",
      "3.2d",
    ]);
  });

  it("says Arabic durations in words, with the press's plural forms", () => {
    expect(duration("ar", 7200)).toBe("ساعتان");
    expect(duration("ar", 3600)).toBe("ساعة واحدة");
    expect(duration("ar", 3 * 86_400)).toBe("3 أيام");
    expect(duration("ar", 14 * 86_400)).toBe("14 يومًا");
    expect(duration("ar", 19_800)).toBe("5.5 ساعة");
    expect(duration("ar", 30)).toBe("30 ثانيةً");
    expect(duration("ar", 600)).toBe("10 دقائق");
    for (const s of [1, 59, 61, 7200, 90_000]) expect(duration("ar", s)).not.toMatch(/[a-z]/i);
  });
});

describe("halqa ledger scan --lang ar", () => {
  it("writes the window and the cycle's span in Arabic words", async () => {
    const dir = await mkdtemp(join(tmpdir(), "halqa-duration-"));
    try {
      const file = join(dir, "l.csv");
      await writeFile(
        file,
        "tx,from,to,amount,timestamp\nt1,a,b,100,2025-03-10T09:00:00Z\nt2,b,c,98,2025-03-10T10:00:00Z\nt3,c,a,97,2025-03-10T11:00:00Z\n",
      );
      const io = captureIo();
      const code = await main(
        ["ledger", "scan", file, "--window", "2w", "--lang", "ar", "--threads", "1"],
        io,
      );
      expect(code).toBe(0);
      expect(io.out()).toContain("14 يومًا");
      expect(io.out()).toContain("ساعتان");
      expect(io.out()).not.toMatch(/\b\d+(\.\d+)?[smhdw]\b/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
