import type { Language } from "../../i18n/index.ts";
import { message } from "../../i18n/message.ts";
import { loadDataset } from "../../io/load-dataset.ts";
import { readMarketFiles } from "../../io/market-files.ts";
import { COLLECTIONS } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { describeProblems, formatProblems, problemSummary } from "../load.ts";

/** `halqa data validate [DIR]`: exit 0 when valid, 1 with every problem listed. Reads only. */
export async function validateCommand(
  dir: string,
  options: { lang: Language; json: boolean },
  io: Io,
): Promise<number> {
  const loaded = await loadDataset(dir);
  // The CSV files beside the YAML (tracker, index weights) are checked against the loaded ids.
  const csvProblems = loaded.ok ? (await readMarketFiles(dir, loaded.dataset)).problems : [];
  const result: typeof loaded =
    loaded.ok && csvProblems.length > 0
      ? { ok: false, dir, files: loaded.files, problems: csvProblems }
      : loaded;
  if (result.ok) {
    // Records are the collections' entries; the Arabic of the data's English texts is counted apart.
    const records = COLLECTIONS.reduce((n, collection) => n + result.dataset[collection].length, 0);
    const translations = result.dataset.translations?.length ?? 0;
    if (options.json)
      io.stdout(
        JSON.stringify({ ok: true, dir, files: result.files, records, translations, problems: [] }, null, 2),
      );
    else io.stdout(message(options.lang, "cli.valid", { files: result.files.length, records, translations }));
    return 0;
  }
  const reports = describeProblems(result.problems, options.lang);
  if (options.json)
    io.stdout(JSON.stringify({ ok: false, dir, files: result.files, problems: reports }, null, 2));
  else io.stdout(`${formatProblems(reports)}\n\n${problemSummary(result, options.lang)}`);
  return 1;
}
