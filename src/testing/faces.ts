/**
 * Both faces of an analysis on the bundled data, in process: the command line's `--json` and the API's
 * response body, so a test can assert they are the same object (issue: one definition per analysis).
 */

import { main } from "../cli/main.ts";
import { loadDataset } from "../io/load-dataset.ts";
import { readMarketFiles } from "../io/market-files.ts";
import { BUNDLED_DATA_DIR } from "../io/paths.ts";
import { BUNDLED_SCENARIOS_DIR, loadScenarios } from "../io/scenario-files.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { createApp } from "../server/app.ts";
import { captureIo } from "./capture-io.ts";

export const FACES_AS_OF = "2026-06-30";

export type Faces = {
  dataset: Dataset;
  /** `halqa <args> --as-of FACES_AS_OF --json`, parsed; throws with stderr when the command fails. */
  cli: (args: readonly string[]) => Promise<unknown>;
  /** GET (or POST with a JSON body) on the API, parsed; throws with the body when the status is not 200. */
  api: (path: string, body?: unknown) => Promise<unknown>;
};

export async function bundledFaces(): Promise<Faces> {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  const money = await readMarketFiles(BUNDLED_DATA_DIR, loaded.dataset);
  const scenarios = await loadScenarios(BUNDLED_SCENARIOS_DIR, loaded.dataset);
  const app = createApp({
    dataset: loaded.dataset,
    marketFiles: money.files,
    scenarios,
    today: () => FACES_AS_OF,
  });
  return {
    dataset: loaded.dataset,
    async cli(args) {
      const io = captureIo();
      const code = await main([...args, "--as-of", FACES_AS_OF, "--json"], io);
      if (code !== 0) throw new Error(`halqa ${args.join(" ")} exited ${code}: ${io.err()}`);
      return JSON.parse(io.out());
    },
    async api(path, body) {
      const init =
        body === undefined
          ? undefined
          : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
      const res = await app.request(path, init);
      const text = await res.text();
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${text}`);
      return JSON.parse(text);
    },
  };
}
