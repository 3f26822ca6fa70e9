import { describe, expect, it } from "vitest";
import { reasonText } from "./sheet-reason.ts";

const titles: Record<string, string> = { "d-new": "The new deal", "d-other": "The other deal" };
const title = (id: string) => titles[id] ?? id;

describe("reasonText", () => {
  it("names the replacing deal by its title and the date it counts from, whatever the producer called them", () => {
    expect(reasonText("en", { reason: "replaced", params: { by: "d-new", from: "2026-01-02" } }, title)).toBe(
      "replaced by The new deal from 2026-01-02",
    );
    expect(
      reasonText("en", { reason: "replaced", params: { replacedBy: "d-new", date: "2026-01-02" } }, title),
    ).toBe("replaced by The new deal from 2026-01-02");
    expect(reasonText("en", { reason: "revised", params: { since: "2025-12-01" } }, title)).toBe(
      "revised from 2025-12-01",
    );
  });

  it("leaves out what the producer did not say", () => {
    expect(reasonText("en", { reason: "replaced", params: {} }, title)).toBe("replaced by a later deal");
    expect(reasonText("en", { reason: "revised", params: {} }, title)).toBe("revised");
  });

  it("names the deal an overlapping amount is counted in", () => {
    expect(reasonText("en", { reason: "overlap", params: { countedIn: "d-other" } }, title)).toBe(
      "the same money is counted in The other deal",
    );
    const ar = reasonText("ar", { reason: "overlap", params: { countedIn: "d-other" } }, title);
    expect(ar).toContain("The other deal");
    expect(ar).toMatch(/[\u0600-\u06FF]/);
  });

  it("reads an unknown reason as its code", () => {
    expect(reasonText("en", { reason: "no-such-reason", params: {} }, title)).toBe("no-such-reason");
  });
});
