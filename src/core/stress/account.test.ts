import { describe, expect, it } from "vitest";
import { mergeShockSteps, type StressStep } from "./account.ts";

describe("mergeShockSteps: one account line per entity and kind of effect", () => {
  it("sums two losses of one kind for one entity and names both causes, in place of the first", () => {
    const steps: StressStep[] = [
      { code: "revenue-loss", entity: "meta", amount: 53, sites: ["hyperion"] },
      { code: "revenue-loss", entity: "openai", amount: 21, sites: ["ohio"] },
      { code: "revenue-loss", entity: "openai", amount: 3, sites: ["uae"] },
      { code: "revenue-loss", entity: "oracle", amount: 3, sites: ["uae"] },
      { code: "no-default" },
    ];
    expect(mergeShockSteps(steps)).toEqual([
      { code: "revenue-loss", entity: "meta", amount: 53, sites: ["hyperion"] },
      { code: "revenue-loss", entity: "openai", amount: 24, sites: ["ohio", "uae"] },
      { code: "revenue-loss", entity: "oracle", amount: 3, sites: ["uae"] },
      { code: "no-default" },
    ]);
  });

  it("keeps different kinds of effect on one entity apart, and leaves its input untouched", () => {
    const steps: StressStep[] = [
      { code: "revenue-loss", entity: "openai", amount: 5 },
      { code: "market-value-loss", entity: "openai", amount: 7 },
      { code: "revenue-loss", entity: "openai", amount: 2, sites: ["uae"] },
    ];
    const merged = mergeShockSteps(steps);
    expect(merged).toEqual([
      { code: "revenue-loss", entity: "openai", amount: 7, sites: ["uae"] },
      { code: "market-value-loss", entity: "openai", amount: 7 },
    ]);
    expect(steps[0]).toEqual({ code: "revenue-loss", entity: "openai", amount: 5 });
  });
});
