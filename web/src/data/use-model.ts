/**
 * Fetches the raw dataset once (GET /api/dataset/model) and shares it; everything else is computed
 * from it in the browser by src/core.
 */
import type { Dataset } from "@schema/dataset-file.ts";
import { createContext, useContext, useEffect, useState } from "react";
import { type Model, makeModel } from "./model.ts";

export type Loading =
  | { state: "loading" }
  | { state: "ready"; model: Model }
  | { state: "failed"; reason: string };

let request: Promise<Model> | undefined;

/** Starts the one request for the dataset (again after a failure); later calls share it. */
export function fetchModel(): Promise<Model> {
  request ??= fetch("/api/dataset/model", { headers: { Accept: "application/json" } }).then(async (res) => {
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const model = makeModel((await res.json()) as Dataset);
    performance.mark("halqa:data-loaded");
    return model;
  });
  return request;
}

export function useLoadModel(): Loading {
  const [loading, setLoading] = useState<Loading>({ state: "loading" });
  useEffect(() => {
    let live = true;
    fetchModel().then(
      (model) => live && setLoading({ state: "ready", model }),
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

export const ModelContext = createContext<Model | null>(null);

/** The loaded model; pages render only once it is there. */
export function useModel(): Model {
  const model = useContext(ModelContext);
  if (!model) throw new Error("useModel outside a loaded dataset");
  return model;
}
