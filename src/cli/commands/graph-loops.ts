/** `halqa loops --graph FILE`: loops in a user's own edge list. */
import { countGraphLoops, findGraphLoops } from "../../core/loops/graph-loops.ts";
import type { Language } from "../../i18n/index.ts";
import { message } from "../../i18n/message.ts";
import { readGraphFile } from "../../io/graph-file.ts";
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
};

export async function graphLoopsCommand(file: string, options: GraphLoopsOptions, io: Io): Promise<number> {
  const { lang } = options;
  const progress = progressLine(!options.json);
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

  if (options.count) {
    const counted = countGraphLoops(read.edges, search);
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

  const found = findGraphLoops(read.edges, search);
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
      shown: formatNumber(lang, shown.length, 0),
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
