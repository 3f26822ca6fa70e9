/**
 * writeFileAtomic leaves the target as it was and no temporary beside it when the write fails part-way
 * (the disk fills): the temporary had stayed, half-written, next to the user's file.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import type * as fsp from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";

const failing = vi.hoisted(() => ({ write: false }));
vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof fsp>();
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      if (!failing.write) return handle;
      // Half the content reaches the disk, then the disk is full.
      const writeFile = handle.writeFile.bind(handle);
      handle.writeFile = async (data: unknown) => {
        await writeFile(String(data).slice(0, 10), "utf8");
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      };
      return handle;
    },
  };
});

const { writeFileAtomic } = await import("./atomic-write.ts");

describe("writeFileAtomic", () => {
  it("replaces the target whole when the write succeeds, and leaves no temporary", async () => {
    const dir = mkdtempSync(join(tmpdir(), "halqa-atomic-"));
    const target = join(dir, "out.json");
    writeFileSync(target, "old");
    failing.write = false;
    await writeFileAtomic(target, "new content");
    expect(readFileSync(target, "utf8")).toBe("new content");
    expect(readdirSync(dir)).toEqual(["out.json"]);
  });

  it("keeps the target and removes its temporary when the disk fills part-way", async () => {
    const dir = mkdtempSync(join(tmpdir(), "halqa-atomic-"));
    const target = join(dir, "out.json");
    writeFileSync(target, "the user's file");
    failing.write = true;
    await expect(writeFileAtomic(target, "a long new content that does not fit")).rejects.toMatchObject({
      code: "ENOSPC",
    });
    failing.write = false;
    expect(readFileSync(target, "utf8")).toBe("the user's file");
    expect(readdirSync(dir)).toEqual(["out.json"]);
  });
});
