/** `halqa data schema`: JSON Schema of the dataset files, generated from the zod schemas. */
import { z } from "zod";
import { type Language, problemMessage } from "../../i18n/index.ts";
import { writeFileAtomic } from "../../io/atomic-write.ts";
import { DatasetFile } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { writeFailed } from "../errors.ts";

export function datasetJsonSchema(): Record<string, unknown> {
  // The input side: what people type in YAML (before dates and periods are normalised).
  const schema = z.toJSONSchema(DatasetFile, { io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    title: "halqa dataset file",
    description: "One YAML file of a halqa dataset folder (data/ai-economy). See docs/data-format.md.",
  };
}

export async function schemaCommand(options: { out?: string; lang?: Language }, io: Io): Promise<number> {
  const text = `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
  if (options.out) {
    try {
      await writeFileAtomic(options.out, text);
    } catch (error) {
      throw writeFailed(options.out, error);
    }
    io.stderr(problemMessage(options.lang ?? "en", "output-written", { file: options.out }));
  } else io.stdout(text);
  return 0;
}
