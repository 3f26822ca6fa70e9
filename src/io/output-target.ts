/**
 * The one rule every command that writes a file (`--out`) follows before it writes: never the input
 * (the same file after links are resolved: same device and inode, so a symlink or a hard link to the
 * input counts too), never inside an input folder (a dataset folder: its YAML files are the input),
 * never an existing file unless the user said `--force`, never a folder, never in a folder that does not exist. The answer is data — a code
 * and its params — which the CLI turns into words in English or Arabic.
 */
import { realpath, stat } from "node:fs/promises";
import { dirname, relative, resolve, sep } from "node:path";

export type OutputProblem = {
  code:
    | "output-is-input"
    | "output-inside-input"
    | "output-exists"
    | "output-is-directory"
    | "output-folder-missing";
  /** `found`: what stands where the folder should be (output-folder-missing). */
  params: { file: string; input?: string; folder?: string; found?: "file" | "nothing" };
};

export type OutputCheck = { ok: true } | ({ ok: false } & OutputProblem);

export type OutputRules = {
  /** Files or folders the command reads; the output may be none of them and lie inside no folder of them. */
  inputs?: readonly string[];
  /** Replace an existing file (never an input). */
  force?: boolean;
};

/** Checks that `out` may be written under the rules; reads the file system, writes nothing. */
export async function checkOutput(out: string, rules: OutputRules = {}): Promise<OutputCheck> {
  const target = await statOrNull(out);
  const where = await realLocation(out);
  for (const input of rules.inputs ?? []) {
    const source = await statOrNull(input);
    if (!source) continue;
    if (target && target.dev === source.dev && target.ino === source.ino)
      return { ok: false, code: "output-is-input", params: { file: out, input } };
    if (source.isDirectory() && isInside(where, await realpath(input)))
      return { ok: false, code: "output-inside-input", params: { file: out, input } };
  }
  if (target?.isDirectory()) return { ok: false, code: "output-is-directory", params: { file: out } };
  if (target && !rules.force) return { ok: false, code: "output-exists", params: { file: out } };
  // Said before any work is done, in words: not as the temporary file's ENOENT after a long run.
  const folder = dirname(resolve(out));
  const parent = await statOrNull(folder);
  // A file where the folder should be is named as such ("the folder x.json does not exist" misled).
  if (!target && !parent?.isDirectory())
    return {
      ok: false,
      code: "output-folder-missing",
      params: { file: out, folder, found: parent ? "file" : "nothing" },
    };
  return { ok: true };
}

async function statOrNull(path: string) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

/** Where `path` really is: its folder's links resolved (the file itself may not exist yet). */
async function realLocation(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return resolve(await realpath(dirname(absolute)), relative(dirname(absolute), absolute));
  } catch {
    return absolute;
  }
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !rel.startsWith(sep);
}
