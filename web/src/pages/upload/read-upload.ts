/**
 * A file the reader drops on the upload page, read in the browser and never sent anywhere: a network
 * file (.json, docs/network-format.md) checked by halqa's own schema, or an edge list (.csv,
 * docs/graph-format.md) read by the command line's own CSV reader. Problems keep halqa's codes, with
 * the path in the file and the line a person can jump to, so the page words them in either language.
 *
 * Time O(bytes); a file over UPLOAD_LIMIT_BYTES is refused before it is read.
 */
import type { FinancialNetwork } from "@core/contagion/network.ts";
import { formatPath, type PathSegment } from "@core/dataset/problem.ts";
import type { EdgeList } from "@core/graph/edge-list.ts";
import { jsonErrorAt, jsonPathLines } from "@core/json/json-error.ts";
import { NETWORK_EXAMPLE, parseNetwork } from "@schema/network.ts";
import { decodeUtf8, readCsvText } from "../../../../src/io/browser.ts";

/** Files up to 5 MiB: a network of tens of thousands of links, an edge list of ~100,000 rows. */
export const UPLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export type UploadProblem = {
  code: string;
  /** Where in the file: "nodes[1].id" for a network, a column name for an edge list; "" for none. */
  path: string;
  line?: number;
  column?: number;
  params: Record<string, unknown>;
};

type Named = { name: string; bytes: number };

export type Upload =
  | (Named & { kind: "network"; network: FinancialNetwork; model: Record<string, unknown> | null })
  | (Named & { kind: "edges"; edges: EdgeList; rows: number; selfLoops: number })
  | (Named & { kind: "invalid"; problems: UploadProblem[] })
  | (Named & { kind: "too-large" })
  | (Named & { kind: "unknown-type" });

export type UploadFormat = "network" | "edges";

export function formatOf(name: string): UploadFormat | null {
  const lower = name.toLowerCase();
  return lower.endsWith(".json") ? "network" : lower.endsWith(".csv") ? "edges" : null;
}

/** Whether a file may be read at all (by its name and size), before its text is loaded. */
export function precheck(name: string, bytes: number): Upload | null {
  if (formatOf(name) === null) return { kind: "unknown-type", name, bytes };
  if (bytes > UPLOAD_LIMIT_BYTES) return { kind: "too-large", name, bytes };
  return null;
}

/**
 * The file's bytes, decoded as strict UTF-8 first: a Latin-1 "café" is refused with its line and
 * byte offset rather than read with U+FFFD, which would merge two different names into one account.
 */
export function readUploadBytes(name: string, data: Uint8Array): Upload {
  const early = precheck(name, data.length);
  if (early) return early;
  const decoded = decodeUtf8(data, name);
  if (decoded.ok) return readUpload(name, decoded.text);
  const { code, params, line } = decoded.problem;
  return {
    kind: "invalid",
    name,
    bytes: data.length,
    problems: [{ code, path: "", ...(line !== undefined ? { line } : {}), params }],
  };
}

export function readUpload(name: string, text: string): Upload {
  const bytes = new TextEncoder().encode(text).length;
  const early = precheck(name, bytes);
  if (early) return early;
  return formatOf(name) === "network" ? readNetwork(name, bytes, text) : readEdges(name, bytes, text);
}

function readNetwork(name: string, bytes: number, raw: string): Upload {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const at = jsonErrorAt(text);
    const where = at ? { line: at.line, column: at.column } : {};
    return {
      kind: "invalid",
      name,
      bytes,
      problems: [
        { code: "invalid-json", path: "", ...where, params: at ? { ...where, found: at.found } : {} },
      ],
    };
  }
  const parsed = parseNetwork(json);
  if (parsed.ok)
    return { kind: "network", name, bytes, network: parsed.network, model: parsed.model ?? null };
  // A missing field has no line of its own: the nearest enclosing value that is in the file has one.
  const prefixes = (path: readonly PathSegment[]) =>
    path.map((_, k) => formatPath(path.slice(0, path.length - k)));
  const wanted = new Set(parsed.problems.flatMap((p) => [...prefixes(p.path), ""]));
  const lines = jsonPathLines(text, wanted);
  const problems = parsed.problems.map((p): UploadProblem => {
    const line = [...prefixes(p.path), ""].map((k) => lines.get(k)).find((l) => l !== undefined);
    return {
      code: p.code,
      path: formatPath(p.path),
      ...(line !== undefined ? { line } : {}),
      params: p.params,
    };
  });
  return { kind: "invalid", name, bytes, problems };
}

function readEdges(name: string, bytes: number, text: string): Upload {
  const read = readCsvText(text, name);
  if (!read.ok)
    return {
      kind: "invalid",
      name,
      bytes,
      problems: read.problems.map((p) => ({
        code: p.code,
        path: formatPath(p.path),
        ...(p.line !== undefined ? { line: p.line } : {}),
        params: p.params,
      })),
    };
  return { kind: "edges", name, bytes, edges: read.edges, rows: read.rows, selfLoops: read.selfLoops.length };
}

/** The examples the page offers (the documented network; a ledger with two loops sharing a node). */
export const EXAMPLES = {
  network: {
    name: "three-banks.json",
    text: `${JSON.stringify(NETWORK_EXAMPLE, null, 2)}\n`,
  },
  edges: {
    name: "two-loops.csv",
    text: "src,dst,amount,id\nfund,lab,100,t1\nlab,cloud,80,t2\ncloud,fund,60,t3\nlab,chips,50,t4\nchips,fund,40,t5\nbank,lab,30,t6\n",
  },
} as const;
