/**
 * The view lives in `location.search`: components read it with `useView()` and change it with
 * `setView(patch)`, which pushes a history entry (or replaces the current one for continuous inputs
 * such as a slider being dragged), so back and forward walk through what the reader looked at.
 */

import type { Digits } from "@i18n/format.ts";
import { useCallback, useMemo, useSyncExternalStore } from "react";
import { preferredLanguage } from "./language-choice.ts";
import { parseView, serializeView, type View } from "./view.ts";

export { preferredLanguage, rememberLanguage } from "./language-choice.ts";

const DIGITS_KEY = "halqa.digits";
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

const snapshot = () => window.location.search;

/** The digits when the URL names none: the last ones chosen here, else Western (the articles'). */
export function preferredDigits(): Digits {
  try {
    return window.localStorage.getItem(DIGITS_KEY) === "arab" ? "arab" : "latn";
  } catch {
    return "latn";
  }
}

export function rememberDigits(digits: Digits): void {
  try {
    window.localStorage.setItem(DIGITS_KEY, digits);
  } catch {
    // Not remembered, still shown.
  }
}

export function currentView(): View {
  return parseView(window.location.search, preferredLanguage(), preferredDigits());
}

export type SetView = (patch: Partial<View>, mode?: "push" | "replace") => void;

export function navigate(patch: Partial<View>, mode: "push" | "replace" = "push"): void {
  const next = serializeView({ ...currentView(), ...patch });
  if (`?${next}` === window.location.search) return;
  const url = `${window.location.pathname}?${next}${window.location.hash}`;
  if (mode === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
  for (const listener of listeners) listener();
}

/** A link's href for a view change (so links open in a new tab too). */
export function hrefFor(patch: Partial<View>): string {
  return `?${serializeView({ ...currentView(), ...patch })}`;
}

export function useView(): [View, SetView] {
  const search = useSyncExternalStore(subscribe, snapshot);
  // The search string is the whole state: parse only when it changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: search is what currentView() reads.
  const view = useMemo(() => currentView(), [search]);
  const setView = useCallback<SetView>((patch, mode) => navigate(patch, mode), []);
  return [view, setView];
}
