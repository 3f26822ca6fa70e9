/**
 * `halqa loops --graph FILE`: loops in a user's own edge list, searched on worker threads as
 * `ledger scan` is (src/io/ledger/graph-loops-scan.ts), with a progress bar on a terminal.
 */
import type { Language } from "../../i18n/index.ts";
import { message } from "../../i18n/message.ts";
import { readGraphFile } from "../../io/graph-file.ts";
import {
  countGraphLoopsScan,
  findGraphLoopsScan,
  type GraphScanControl,
  graphWorkers,
} from "../../io/ledger/graph-loops-scan.ts";
import type { Io } from "../context.ts";
import { CliError } from "../errors.ts";
import { formatNumber } from "../format.ts";
import { describeProblems, formatProblems } from "../load.ts";
import { progressLine } from "../progress.ts";

export type GraphLoopsOptions = {
  lang: Language;
  json: boolean;
  maxLength: number;
  limit: number;
  count: boolean;
  byLength: boolean;
  temporal?: { window: number; label: string };
  tsUnit?: "s" | "ms";
  /** Worker threads for the search (0: this thread), at most the cores; absent: by the graph's size. */
  workers?: number;
};

export async function graphLoopsCommand(file: string, options: GraphLoopsOptions, io: Io): Promise<number> {
  const { lang } = options;
  const progress = progressLine(!options.json, lang);
  const read = await readGraphFile(file, {
    onProgress: (p) =>
      progress.update(
        p.bytesRead,
        p.totalBytes,
        message(lang, "cli.rowsRead", { rows: formatNumber(lang, p.rows, 0) }),
      ),
    ...(options.tsUnit ? { tsUnit: options.tsUnit } : {}),
  });
  progress.finish();
  if (!read.ok) {
    io.stderr(formatProblems(describeProblems(read.problems, lang)));
    throw new CliError(message(lang, "cli.graphInvalid", { file, count: read.problems.length }), 1);
  }
  if (options.temporal && !read.hasTimestamps)
    throw new CliError(message(lang, "cli.graphNoTimestamps", { file }), 1);
  const search = {
    maxLength: options.maxLength,
    ...(options.temporal ? { temporal: { window: options.temporal.window } } : {}),
  };
  const edges = read.edges.src.length;
  const started = performance.now();
  const searching = progressLine(!options.json, lang);
  const control: GraphScanControl = {
    // A listing on one thread stops at the cap; on threads it searches to the end to keep the same
    // loops (graph-loops-scan.ts). So threads by default only for a count, as `ledger scan` has them.
    workers: options.workers ?? (options.count ? graphWorkers(read.edges) : 0),
    onProgress: ({ done, total, cycles }) => {
      const seconds = (performance.now() - started) / 1000;
      const scanned = total > 0 ? Math.round((done / total) * edges) : edges;
      searching.update(
        scanned,
        edges,
        message(lang, "cli.ledger.progressScan", {
          edges: formatNumber(lang, scanned, 0),
          total: formatNumber(lang, edges, 0),
          cycles: formatNumber(lang, cycles, 0),
          rate: formatNumber(lang, seconds > 0 ? cycles / seconds : 0, 0),
        }),
      );
    },
  };

  if (options.count) {
    const counted = await countGraphLoopsScan(read.edges, search, control);
    searching.finish();
    const seconds = (performance.now() - started) / 1000;
    if (options.json) {
      io.stdout(
        JSON.stringify(
          { file, rows: read.rows, edges, selfLoops: read.selfLoops.length, ...counted, seconds },
          null,
          2,
        ),
      );
    } else {
      const lines = [formatNumber(lang, counted.total, 0)];
      if (options.byLength) {
        counted.byLength.forEach((n, length) => {
          if (n > 0)
            lines.push(
              `${message(lang, "cli.loopLength", { length: formatNumber(lang, length, 0) })}: ${formatNumber(lang, n, 0)}`,
            );
        });
      }
      io.stdout(lines.join("\n"));
    }
    return 0;
  }

  const found = await findGraphLoopsScan(read.edges, search, control);
  searching.finish();
  const shown = found.loops.slice(0, options.limit);
  const seconds = (performance.now() - started) / 1000;
  if (options.json) {
    io.stdout(
      JSON.stringify(
        {
          file,
          rows: read.rows,
          edges,
          found: found.loops.length,
          truncated: found.truncated,
          seconds,
          loops: shown,
          selfLoops: read.selfLoops.slice(0, 1000),
          selfLoopCount: read.selfLoops.length,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const out = [
    message(lang, "cli.graphSummary", {
      file,
      rows: formatNumber(lang, read.rows, 0),
      nodes: formatNumber(lang, read.edges.nodeIds.length, 0),
      edges: formatNumber(lang, edges, 0),
      seconds: formatNumber(lang, seconds, 2),
    }),
    message(lang, "cli.loopsFound", {
      found: formatNumber(lang, found.loops.length, 0) + (found.truncated ? "+" : ""),
      shown: shown.length,
    }),
  ];
  if (read.selfLoops.length > 0)
    out.push(message(lang, "cli.selfLoops", { count: formatNumber(lang, read.selfLoops.length, 0) }));
  shown.forEach((loop, i) => {
    out.push("");
    out.push(`#${formatNumber(lang, i + 1, 0)}  ${[...loop.nodes, loop.nodes[0]].join(" → ")}`);
    out.push(
      `    ${message(lang, "cli.bottleneck")} ${formatNumber(lang, loop.bottleneck, 2)} · ${message(lang, "cli.loopTotal")} ${formatNumber(lang, loop.total, 2)}${loop.span ? ` · ${new Date(loop.span.first * 1000).toISOString()} … ${new Date(loop.span.last * 1000).toISOString()}` : ""}`,
    );
    for (const step of loop.steps) {
      out.push(
        `    ${step.from} → ${step.to}: ${formatNumber(lang, step.amount, 2)} [${step.edges.join(", ")}]`,
      );
    }
  });
  io.stdout(out.join("\n"));
  return 0;
}
