/**
 * Temporary names carry their writer's pid; a later run removes only the temporaries of its own
 * output whose writer is gone — never a live run's, another output's or the user's files.
 */
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { processAlive, removeStaleTemps, tempOwner, tempPathFor } from "./temp-files.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "halqa-temps-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("temporary names", () => {
  it("carry the pid, and are recognised as the output's own", () => {
    const out = join(dir, "cycles.csv");
    const temp = tempPathFor(out, ".tmp", 4242);
    expect(basename(temp)).toMatch(/^\.cycles\.csv\.4242-[0-9a-f]{12}\.tmp$/);
    expect(tempOwner(out, basename(temp))).toBe(4242);
    expect(tempOwner(out, basename(tempPathFor(out, ".jsonl.tmp", 7)))).toBe(7);
    expect(tempOwner(join(dir, "other.csv"), basename(temp))).toBeUndefined();
    expect(tempOwner(out, "cycles.csv")).toBeUndefined();
    expect(tempOwner(out, ".cycles.csv.abc.tmp")).toBeUndefined();
  });

  it("hold no wildcard (DuckDB reads a temporary back as a path)", () => {
    const temp = basename(tempPathFor(join(dir, "c*[1]?.parquet"), ".jsonl.tmp", 1));
    expect(temp).not.toMatch(/[*?[\]]/);
    expect(tempOwner(join(dir, "c*[1]?.parquet"), temp)).toBe(1);
  });

  it("this process is alive; a pid past the kernel's limit is not", () => {
    expect(processAlive(process.pid)).toBe(true);
    expect(processAlive(2 ** 30)).toBe(false);
  });
});

describe("removeStaleTemps", () => {
  it("removes the dead writers' temporaries of this output only", async () => {
    const out = join(dir, "p.parquet");
    const dead = [tempPathFor(out, ".jsonl.tmp", 111), tempPathFor(out, ".tmp", 111)];
    const live = tempPathFor(out, ".tmp", 222);
    const mine = tempPathFor(out, ".tmp");
    const foreign = tempPathFor(join(dir, "q.parquet"), ".tmp", 111);
    const user = join(dir, ".p.parquet.notes.tmp");
    for (const f of [...dead, live, mine, foreign, user]) await writeFile(f, "x");
    const removed = await removeStaleTemps(out, (pid) => pid === 222);
    expect(removed.sort()).toEqual([...dead].sort());
    const left = await readdir(dir);
    for (const f of [live, mine, foreign, user]) expect(left).toContain(basename(f));
    for (const f of dead) expect(left).not.toContain(basename(f));
  });

  it("a missing folder removes nothing", async () => {
    expect(await removeStaleTemps(join(dir, "nope", "x.csv"))).toEqual([]);
  });
});
