/**
 * Writes a file so that readers see the old content or the new, never a half-written one: write a
 * temporary file beside the target, flush it, then rename it over the target (atomic on POSIX). A
 * write that fails on the way (a full disk, an I/O error) removes its temporary as a failed rename
 * does: before December 2026 the half-written temporary stayed beside the target.
 */
import { open, rename, rm } from "node:fs/promises";
import { tempPathFor } from "./temp-files.ts";

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const temp = tempPathFor(path);
  const handle = await open(temp, "wx");
  try {
    try {
      await handle.writeFile(content, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
