/**
 * A Monte Carlo job on the server, as React state: `start` posts the run (POST
 * /api/stress/monte-carlo) and follows its server-sent events with an EventSource — progress, then the
 * result, an error or the cancellation — and `cancel` asks the server to stop it (DELETE). Leaving
 * the page cancels a job still running, so a closed tab does not hold one of the server's few slots.
 * Also: the bundled scenarios with distributions (GET /api/scenarios, `monteCarlo`).
 */

import type { Lang } from "@i18n/lang.ts";
import { useCallback, useEffect, useRef, useState } from "react";
import { type JobEvent, jobEvent, type MonteCarloReport, type Progress } from "../model/monte-carlo.ts";

export type MonteCarloState =
  | { phase: "idle" }
  | { phase: "starting" }
  | { phase: "running"; id: string; progress: Progress }
  | { phase: "done"; report: MonteCarloReport; seconds: number }
  | { phase: "cancelled"; reason: "request" | "time-limit"; report: MonteCarloReport; seconds: number }
  | { phase: "failed"; message: string }
  | { phase: "busy"; seconds: number }
  | { phase: "refused"; message: string };

const BASE = "/api/stress/monte-carlo";
const EVENTS = ["progress", "result", "error", "cancelled"] as const;

export function useMonteCarlo(lang: Lang) {
  const [state, setState] = useState<MonteCarloState>({ phase: "idle" });
  const source = useRef<EventSource | null>(null);
  const job = useRef<string | null>(null);

  const close = useCallback(() => {
    source.current?.close();
    source.current = null;
  }, []);

  const cancel = useCallback(() => {
    const id = job.current;
    if (id) void fetch(`${BASE}/${id}?lang=${lang}`, { method: "DELETE" }).catch(() => {});
  }, [lang]);

  const start = useCallback(
    async (body: unknown) => {
      close();
      setState({ phase: "starting" });
      const started = performance.now();
      let res: Response;
      try {
        res = await fetch(`${BASE}?lang=${lang}`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Accept: "application/json" },
          body: JSON.stringify(body),
        });
      } catch (error) {
        setState({ phase: "failed", message: error instanceof Error ? error.message : String(error) });
        return;
      }
      const answer = (await res.json().catch(() => ({}))) as {
        id?: string;
        runs?: number;
        error?: { message: string };
      };
      if (res.status === 429) {
        setState({ phase: "busy", seconds: Number(res.headers.get("retry-after") ?? "5") });
        return;
      }
      if (res.status !== 202 || !answer.id) {
        setState({ phase: "refused", message: answer.error?.message ?? `HTTP ${res.status}` });
        return;
      }
      const id = answer.id;
      job.current = id;
      setState({ phase: "running", id, progress: { done: 0, runs: answer.runs ?? 0, rate: 0, eta: null } });
      const events = new EventSource(`${BASE}/${id}/events?lang=${lang}`);
      source.current = events;
      const seconds = () => (performance.now() - started) / 1000;
      const on = (event: JobEvent) => {
        if (event.type === "progress") {
          setState({ phase: "running", id, progress: event.data });
          return;
        }
        // The stream ends after this; closing first keeps EventSource from reconnecting.
        close();
        job.current = null;
        if (event.type === "result") setState({ phase: "done", report: event.data, seconds: seconds() });
        else if (event.type === "cancelled")
          setState({
            phase: "cancelled",
            reason: event.data.reason,
            report: event.data.result,
            seconds: seconds(),
          });
        else setState({ phase: "failed", message: event.data.message });
      };
      for (const name of EVENTS)
        events.addEventListener(name, (e) => {
          const parsed = jobEvent(name, (e as MessageEvent<string>).data);
          if (parsed) on(parsed);
        });
      events.onerror = () => {
        // A dropped connection is retried by EventSource; a refused one (the job is gone) is final.
        if (events.readyState === EventSource.CLOSED && source.current === events) {
          close();
          job.current = null;
          setState({ phase: "failed", message: "the connection to the server was lost" });
        }
      };
    },
    [lang, close],
  );

  useEffect(
    () => () => {
      const id = job.current;
      if (id) void fetch(`${BASE}/${id}`, { method: "DELETE", keepalive: true }).catch(() => {});
      source.current?.close();
    },
    [],
  );

  return { state, start, cancel };
}

export type BundledMonteCarlo = { id: string; title: { en: string; ar: string } };

let request: Promise<BundledMonteCarlo[]> | undefined;

/** The bundled scenarios with distributions; empty while loading or when the list cannot be had. */
export function useMonteCarloScenarios(): BundledMonteCarlo[] {
  const [list, setList] = useState<BundledMonteCarlo[]>([]);
  useEffect(() => {
    let live = true;
    request ??= fetch("/api/scenarios", { headers: { Accept: "application/json" } })
      .then((res) => (res.ok ? res.json() : { monteCarlo: [] }))
      .then((body: { monteCarlo?: BundledMonteCarlo[] }) => body.monteCarlo ?? []);
    request.then(
      (found) => live && setList(found),
      () => {
        request = undefined;
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return list;
}
