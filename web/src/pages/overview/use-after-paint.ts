/**
 * For what lies below the fold: false on a page's first render, true once the browser has painted it.
 * The overview's checks against the published record (each check derives its figure from the whole
 * dataset: 25–150 ms of the main thread in the bench's profiles) then come a frame after the figures,
 * the loop list and the map, which is what a reader sees first. Once shown, later visits render at once.
 */
import { useEffect, useState } from "react";

let shownOnce = false;

export function useAfterPaint(): boolean {
  const [ready, setReady] = useState(shownOnce);
  useEffect(() => {
    if (ready) {
      shownOnce = true;
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setReady(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready]);
  return ready;
}
