/**
 * The bundled stress scenarios (GET /api/scenarios), fetched once when the stress page first needs
 * them and shared after; a failure can be retried by coming back to the page.
 */
import { useEffect, useState } from "react";
import type { OfferedScenario } from "../model/stress.ts";

export type ScenariosLoading =
  | { state: "loading" }
  | { state: "ready"; scenarios: OfferedScenario[] }
  | { state: "failed"; reason: string };

let request: Promise<OfferedScenario[]> | undefined;

function fetchScenarios(): Promise<OfferedScenario[]> {
  request ??= fetch("/api/scenarios", { headers: { Accept: "application/json" } }).then(async (res) => {
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return ((await res.json()) as { scenarios: OfferedScenario[] }).scenarios;
  });
  return request;
}

export function useScenarios(): ScenariosLoading {
  const [loading, setLoading] = useState<ScenariosLoading>({ state: "loading" });
  useEffect(() => {
    let live = true;
    fetchScenarios().then(
      (scenarios) => live && setLoading({ state: "ready", scenarios }),
      (error: unknown) => {
        request = undefined;
        if (live)
          setLoading({ state: "failed", reason: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return loading;
}
