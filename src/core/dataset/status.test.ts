import { describe, expect, it } from "vitest";
import type { Deal } from "../model/deal.ts";
import { isBindingAsOf, latestStatus, statusAsOf } from "./status.ts";

const deal = (status: Deal["status"]): Deal =>
  ({
    id: "d",
    status,
    flows: [],
    parties: [],
    sources: ["s"],
    announced: "2025",
    type: "loan",
    title: { en: "d", ar: "د" },
  }) as Deal;

describe("deal status over time", () => {
  const history = deal([
    { status: "loi", date: "2025-09-22" },
    { status: "signed", date: "2026-02" },
    { status: "revised", date: "2026-08-17" },
    { status: "terminated", date: "2027" },
  ]);

  it("reads the last event on or before the date", () => {
    expect(statusAsOf(history, "2025-09-21")).toBeUndefined();
    expect(statusAsOf(history, "2025-12-31")).toBe("loi");
    expect(statusAsOf(history, "2026-02-01")).toBe("signed");
    expect(statusAsOf(history, "2026-12-31")).toBe("revised");
    expect(latestStatus(history)).toBe("terminated");
  });

  it("is binding once signed, stays binding through a revision, and stops on termination", () => {
    expect(isBindingAsOf(history, "2025-12-31")).toBe(false);
    expect(isBindingAsOf(history, "2026-03-01")).toBe(true);
    expect(isBindingAsOf(history, "2026-09-01")).toBe(true);
    expect(isBindingAsOf(history, "2027-06-01")).toBe(false);
  });

  it("a revised LOI does not become binding", () => {
    expect(
      isBindingAsOf(
        deal([
          { status: "loi", date: "2025" },
          { status: "revised", date: "2026" },
        ]),
        "2026-06",
      ),
    ).toBe(false);
  });
});
