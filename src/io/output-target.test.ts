/**
 * The rule every --out follows: not the input (by identity: a symlink or a hard link to it counts),
 * not inside an input folder, not an existing file unless forced, not a folder.
 */
import { link, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkOutput } from "./output-target.ts";

let dir: string;
let input: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "halqa-output-"));
  input = join(dir, "in.csv");
  await writeFile(input, "a,b\n");
  await writeFile(join(dir, "other.csv"), "x\n");
  await mkdir(join(dir, "data"));
  await writeFile(join(dir, "data", "deals.yaml"), "deals: []\n");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("checkOutput", () => {
  it("a new file beside the input is fine", async () => {
    expect(await checkOutput(join(dir, "new.csv"), { inputs: [input] })).toEqual({ ok: true });
  });

  it("the input itself is refused, even with force", async () => {
    for (const force of [false, true])
      expect(await checkOutput(input, { inputs: [input], force })).toMatchObject({
        ok: false,
        code: "output-is-input",
      });
  });

  it("the input by another name is refused: ./ path, symlink, hard link", async () => {
    const sym = join(dir, "sym.csv");
    const hard = join(dir, "hard.csv");
    await symlink(input, sym);
    await link(input, hard);
    for (const out of [join(dir, ".", "in.csv"), sym, hard])
      expect(await checkOutput(out, { inputs: [input], force: true })).toMatchObject({
        code: "output-is-input",
        params: { file: out, input },
      });
  });

  it("an existing file is refused unless forced", async () => {
    const other = join(dir, "other.csv");
    expect(await checkOutput(other, { inputs: [input] })).toMatchObject({ code: "output-exists" });
    expect(await checkOutput(other, { inputs: [input], force: true })).toEqual({ ok: true });
    expect(await checkOutput(other)).toMatchObject({ code: "output-exists" });
  });

  it("a folder is refused, forced or not", async () => {
    expect(await checkOutput(dir, { force: true })).toMatchObject({ code: "output-is-directory" });
  });

  it("anything inside an input folder is refused, new or existing, also through a linked folder", async () => {
    const data = join(dir, "data");
    const alias = join(dir, "alias");
    await symlink(data, alias);
    for (const out of [join(data, "deals.yaml"), join(data, "new.json"), join(alias, "new.json")])
      expect(await checkOutput(out, { inputs: [data], force: true })).toMatchObject({
        code: "output-inside-input",
      });
    expect(await checkOutput(join(dir, "data-export.json"), { inputs: [data] })).toEqual({ ok: true });
  });

  it("a missing input is no reason to refuse", async () => {
    expect(await checkOutput(join(dir, "new2.csv"), { inputs: [join(dir, "gone.csv")] })).toEqual({
      ok: true,
    });
  });
});
