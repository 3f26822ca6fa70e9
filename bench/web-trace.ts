/**
 * The renderer main thread's CPU until the first render, from a Chromium trace (web-load.ts --trace):
 * each trace event's thread time (`tdur`, the time its thread was on a core, not waiting for one),
 * less its children's, summed by event name and by kind. Unlike the kernel's 10 ms ticks it stops
 * at the mark itself and says what the time went to (compiling, running script, layout), and it
 * moves little with the machine's load.
 */

/** What the trace records: the main thread's tasks, V8's compiling and running, layout and paint. */
export const TRACE_CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8",
  "v8.execute",
  "disabled-by-default-v8.compile",
  "blink.user_timing",
  "loading",
];

type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { documentLoaderURL?: string } };
};

/** The kinds the events are summed into (an event not named here counts as "other"). */
const KINDS: [kind: string, test: RegExp][] = [
  ["compile", /^V8\.(Compile|Parse|PreParse)|^v8\.compile|CollectSourcePositions/],
  ["script", /^(FunctionCall|EvaluateScript|v8\.evaluateModule|v8\.callFunction|RunMicrotasks|V8\.)/],
  ["style and layout", /^(UpdateLayoutTree|Layout|RecalcStyle|ParseAuthorStyleSheet)$/],
  ["paint", /^(Paint|PrePaint|Layerize|Commit|PaintImage|RasterTask)$/],
];

export type MainThreadCpu = { total: number; byKind: Map<string, number>; byName: Map<string, number> };

/**
 * The main thread is the renderer thread that ran the most script; the window is from the page's
 * navigation to `until`, milliseconds after it (the mark's startTime): milliseconds of thread time,
 * self, by kind and by event name.
 */
export function mainThreadCpu(events: TraceEvent[], until: number): MainThreadCpu | undefined {
  const busy = new Map<string, number>();
  for (const e of events)
    if (e.ph === "X" && /^(FunctionCall|v8\.evaluateModule|EvaluateScript)$/.test(e.name))
      busy.set(`${e.pid}/${e.tid}`, (busy.get(`${e.pid}/${e.tid}`) ?? 0) + (e.dur ?? 0));
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main || !(until >= 0)) return undefined;
  const onMain = (e: TraceEvent) => `${e.pid}/${e.tid}` === main;
  const start =
    events.find((e) => onMain(e) && e.name === "navigationStart" && e.args?.data?.documentLoaderURL)?.ts ??
    Math.min(...events.filter(onMain).map((e) => e.ts));
  const end = start + until * 1000;
  const complete = events
    .filter((e) => onMain(e) && e.ph === "X" && e.ts >= start && e.ts <= end)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<TraceEvent, number>();
  const stack: TraceEvent[] = [];
  for (const e of complete) {
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as TraceEvent;
      if (top.ts + (top.dur ?? 0) > e.ts) break;
      stack.pop();
    }
    const own = e.tdur ?? e.dur ?? 0;
    self.set(e, (self.get(e) ?? 0) + own);
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent, (self.get(parent) ?? 0) - own);
    stack.push(e);
  }
  const byName = new Map<string, number>();
  const byKind = new Map<string, number>();
  let total = 0;
  for (const [e, micros] of self) {
    const ms = micros / 1000;
    total += ms;
    byName.set(e.name, (byName.get(e.name) ?? 0) + ms);
    const kind = KINDS.find(([, test]) => test.test(e.name))?.[0] ?? "other";
    byKind.set(kind, (byKind.get(kind) ?? 0) + ms);
  }
  return { total, byKind, byName };
}
