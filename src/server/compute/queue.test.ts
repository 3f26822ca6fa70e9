/**
 * The bounded queue with runners we control: at most `runners` jobs at once, `waiting` more in
 * arrival order, and the next one refused at once with 429, Retry-After and the load.
 */
import { describe, expect, it } from "vitest";
import { ApiError } from "../errors.ts";
import { createComputeQueue, type Runner } from "./queue.ts";

/** Runners whose jobs finish when the test says so; records what ran and how many ran at once. */
function controlled() {
  const pending: { input: number; finish: () => void }[] = [];
  const started: number[] = [];
  let runners = 0;
  let running = 0;
  let peak = 0;
  const start = (): Runner<number, number> => {
    runners++;
    return {
      run: (input) =>
        new Promise((resolve) => {
          started.push(input);
          running++;
          peak = Math.max(peak, running);
          pending.push({
            input,
            finish: () => {
              running--;
              resolve(input * 10);
            },
          });
        }),
      close: async () => {},
    };
  };
  const finish = async (input: number) => {
    const i = pending.findIndex((p) => p.input === input);
    pending.splice(i, 1)[0]?.finish();
    await new Promise((r) => setImmediate(r));
  };
  return { start, started, finish, stats: () => ({ runners, peak }) };
}

describe("createComputeQueue", () => {
  it("runs at most `runners` at once, queues `waiting`, refuses the next with 429", async () => {
    const c = controlled();
    const queue = createComputeQueue(c.start, { runners: 2, waiting: 1, retryAfterSeconds: 3 });
    const results = [1, 2, 3].map((n) => queue.submit(n));
    expect(queue.load()).toEqual({ running: 2, queued: 1 });
    const refused = await queue.submit(4).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({
      status: 429,
      headers: { "Retry-After": "3" },
      problems: [{ code: "server-busy", params: { running: 2, queued: 1, retryAfter: 3 } }],
    });
    expect(c.started).toEqual([1, 2]);
    await c.finish(2);
    expect(c.started).toEqual([1, 2, 3]);
    await c.finish(1);
    await c.finish(3);
    expect(await Promise.all(results)).toEqual([10, 20, 30]);
    expect(c.stats()).toEqual({ runners: 2, peak: 2 });
    expect(queue.load()).toEqual({ running: 0, queued: 0 });
    // Room again once the load has gone.
    const again = queue.submit(5);
    await c.finish(5);
    expect(await again).toBe(50);
  });

  it("waiting jobs start in arrival order; runners are reused, never more than the limit", async () => {
    const c = controlled();
    const queue = createComputeQueue(c.start, { runners: 1, waiting: 5, retryAfterSeconds: 1 });
    const results = [1, 2, 3, 4].map((n) => queue.submit(n));
    for (const n of [1, 2, 3, 4]) await c.finish(n);
    expect(c.started).toEqual([1, 2, 3, 4]);
    expect(await Promise.all(results)).toEqual([10, 20, 30, 40]);
    expect(c.stats()).toEqual({ runners: 1, peak: 1 });
  });

  it("waiting: 0 refuses whatever finds every runner busy", async () => {
    const c = controlled();
    const queue = createComputeQueue(c.start, { runners: 1, waiting: 0, retryAfterSeconds: 1 });
    const first = queue.submit(1);
    await expect(queue.submit(2)).rejects.toMatchObject({ status: 429 });
    await c.finish(1);
    expect(await first).toBe(10);
  });

  it("a failing job rejects alone and frees its runner", async () => {
    let calls = 0;
    const queue = createComputeQueue<number, number>(
      () => ({
        run: async (n) => {
          calls++;
          if (n < 0) throw new Error("bad");
          return n;
        },
        close: async () => {},
      }),
      { runners: 1, waiting: 2, retryAfterSeconds: 1 },
    );
    const [a, b] = [queue.submit(-1), queue.submit(2)];
    await expect(a).rejects.toThrow("bad");
    expect(await b).toBe(2);
    expect(calls).toBe(2);
  });
});
