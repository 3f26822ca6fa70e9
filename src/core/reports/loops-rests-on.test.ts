/** A loop's "rests on" cell says the least certain status and, beside it, conditional tranches and estimates. */
import { describe, expect, it } from "vitest";
import { restsOnCell } from "./loops-report.ts";

const loop = (flags: {
  conditional?: boolean;
  includesConditional?: boolean;
  restsOnEstimate?: boolean;
}) => ({
  weakest: { status: "signed" } as never,
  conditional: flags.conditional ?? false,
  includesConditional: flags.includesConditional ?? false,
  restsOnEstimate: flags.restsOnEstimate ?? false,
});

describe("restsOnCell", () => {
  it("keeps the status and adds what the bottleneck rests on", () => {
    const cell = restsOnCell(loop({ conditional: true, includesConditional: true, restsOnEstimate: true }));
    expect(cell.key).toBe("report.loops.restsOn");
    expect(cell.values.status).toEqual({ value: "enum.status.signed", unit: "message" });
    expect(cell.values.conditional?.value).toBe("rests");
    expect(cell.values.estimate?.value).toBe("yes");
  });

  it("tells a conditional tranche beside a firm one from a loop with none", () => {
    expect(restsOnCell(loop({ includesConditional: true })).values.conditional?.value).toBe("includes");
    expect(restsOnCell(loop({})).values.conditional?.value).toBe("none");
    expect(restsOnCell(loop({})).values.estimate?.value).toBe("no");
  });
});
