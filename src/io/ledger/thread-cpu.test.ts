import { describe, expect, it } from "vitest";
import { cpuMsFromStat, threadCpuMs } from "./thread-cpu.ts";

describe("thread CPU time", () => {
  it("reads utime + stime after a command name with spaces and parentheses", () => {
    const stat = "4242 (node (a) b) R 1 2 3 4 5 6 7 8 9 10 250 31 0 0 20 0 9 0 100 200 300";
    expect(cpuMsFromStat(stat)).toBe(2810);
  });

  it("says null for a line it cannot read", () => {
    expect(cpuMsFromStat("garbage")).toBeNull();
  });

  it.runIf(process.platform === "linux")("advances while this thread computes", () => {
    const before = threadCpuMs() as number;
    let x = 0;
    let now = before;
    const giveUp = performance.now() + 20_000; // a loaded machine may give this thread little CPU
    while (now - before < 50 && performance.now() < giveUp) {
      for (let i = 0; i < 100_000; i++) x += Math.sqrt(x + i);
      now = threadCpuMs() as number;
    }
    expect(x).toBeGreaterThan(0);
    expect(now - before).toBeGreaterThanOrEqual(50);
  });
});
