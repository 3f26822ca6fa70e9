/**
 * A page's code, loaded on demand. The page is rendered only once its code is here (until then the
 * shell says so), instead of through React's Suspense, which would hold back the reveal of a page
 * that arrives quickly (React 19 throttles Suspense reveals by 300 ms).
 */
import { type ComponentType, useEffect, useState } from "react";
import type { PageId } from "../state/view.ts";
import { PAGES } from "./pages.ts";

const loaded = new Map<PageId, ComponentType>();
const loading = new Map<PageId, Promise<void>>();

/** Starts loading a page's code (at start-up: beside the dataset rather than after it). */
export function loadPage(id: PageId): Promise<void> {
  const page = PAGES.find((p) => p.id === id);
  if (!page?.load || loaded.has(id)) return Promise.resolve();
  let pending = loading.get(id);
  if (!pending) {
    pending = page.load().then(
      (module) => {
        loaded.set(id, module.default);
      },
      (error: unknown) => {
        loading.delete(id);
        throw error;
      },
    );
    loading.set(id, pending);
  }
  return pending;
}

/** The page's component; undefined while its code loads, null for a page that has none (yet). */
export function usePage(id: PageId): ComponentType | null | undefined {
  const [, setVersion] = useState(0);
  const component = loaded.get(id);
  const exists = PAGES.some((p) => p.id === id && p.load);
  useEffect(() => {
    if (component || !exists) return;
    let live = true;
    loadPage(id).then(
      () => live && setVersion((v) => v + 1),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [id, component, exists]);
  if (!exists) return null;
  return component;
}
