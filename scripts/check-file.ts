/** Quick check of one dataset file against the schema (used while writing data; `halqa data validate` is the real check). */
import { readFileSync } from "node:fs";
import { isMap, isSeq, LineCounter, parseDocument } from "yaml";
import { DatasetFile } from "../src/schema/dataset-file.ts";

const file = process.argv[2];
if (!file) throw new Error("usage: check-file FILE");
const text = readFileSync(file, "utf8");
const lineCounter = new LineCounter();
const doc = parseDocument(text, { lineCounter, prettyErrors: false });
let problems = 0;
for (const e of doc.errors) {
  const p = lineCounter.linePos(e.pos[0]);
  console.log(`${file}:${p.line}:${p.col} yaml: ${e.message}`);
  problems++;
}
if (!doc.errors.length) {
  const result = DatasetFile.safeParse(doc.toJS());
  if (!result.success) {
    for (const issue of result.error.issues) {
      let node: unknown = doc.contents;
      for (const key of issue.path) {
        if (isMap(node) || isSeq(node)) {
          const next = (node as { get(k: unknown, keep: boolean): unknown }).get(key, true);
          if (next === undefined) break;
          node = next;
        }
      }
      const range = (node as { range?: [number, number] } | null)?.range;
      const pos = range ? lineCounter.linePos(range[0]) : { line: 0, col: 0 };
      console.log(`${file}:${pos.line}:${pos.col} ${issue.path.join(".")}: ${issue.message}`);
      problems++;
    }
  }
}
const counts = problems
  ? ""
  : Object.entries(doc.toJS() ?? {})
      .map(([k, v]) => `${k}=${(v as unknown[]).length}`)
      .join(" ");
console.log(problems ? `${problems} problem(s)` : `ok ${counts}`);
process.exit(problems ? 1 : 0);
