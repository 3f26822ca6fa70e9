/**
 * A read-only API answer the dashboard needs besides the dataset (the tracker's observations and the
 * index-weights snapshot live in CSV files that /api/dataset/model does not carry). One request per
 * path, shared by every component that asks; a failure can be retried by asking again.
 */
import { useEffect, useState } from "react";

export type ApiState<T> =
  | { state: "loading" }
  | { state: "ready"; data: T }
  | { state: "failed"; reason: string };

const requests = new Map<string, Promise<unknown>>();

export function fetchApi<T>(path: string): Promise<T> {
  let request = requests.get(path);
  if (!request) {
    request = fetch(path, { headers: { Accept: "application/json" } }).then(async (res) => {
      const body = await res.json().catch(() => null);
      if (!res.ok) {
        const message = (body as { error?: { message?: string } } | null)?.error?.message;
        throw new Error(message ?? `HTTP ${res.status}`);
      }
      return body;
    });
    requests.set(path, request);
    request.catch(() => requests.delete(path));
  }
  return request as Promise<T>;
}

export function useApi<T>(path: string): ApiState<T> {
  const [state, setState] = useState<ApiState<T>>({ state: "loading" });
  useEffect(() => {
    let live = true;
    setState({ state: "loading" });
    fetchApi<T>(path).then(
      (data) => live && setState({ state: "ready", data }),
      (error: unknown) =>
        live && setState({ state: "failed", reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [path]);
  return state;
}
