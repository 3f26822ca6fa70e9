/** Test helper: writes a dataset folder from inline YAML texts into a fresh temporary directory. */
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export async function tempDataset(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "halqa-test-"));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}
