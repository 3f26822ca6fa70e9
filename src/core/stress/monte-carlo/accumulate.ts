/**
 * Running samples and keeping what they produced as mergeable partial results.
 *
 * A chunk covers the consecutive samples from..from+count−1; each sample k draws its inputs from its
 * own generator (seed, k) (./sample-stream.ts) and is evaluated by the compiled evaluator. A chunk
 * keeps, per sample, the system loss, the unfunded total and the inputs, and per entity the default
 * count and the non-zero losses. A partial result is a set of chunks: merging two is the union of their
 * chunks, and the summary (./summarize.ts) orders chunks by their first sample, so the same samples
 * give the same bits whatever the chunking, the number of workers or the order results arrive in.
 * Memory: O(N·(2 + k)) numbers for N samples and k inputs, plus one pair per non-zero entity loss.
 */

import { ModelError, type ModelErrorData } from "../../errors.ts";
import { type Evaluator, newOutcome } from "./evaluator.ts";
import { drawInputs } from "./inputs.ts";
import { sampleRng, sampleSeed } from "./sample-stream.ts";

export type Chunk = {
  from: number;
  count: number;
  systemLoss: Float64Array;
  unfunded: Float64Array;
  /** Inputs of sample from+s at s·k … s·k + k − 1. */
  inputs: Float64Array;
  defaults: Int32Array;
  lossEntity: Int32Array;
  lossValue: Float64Array;
};

export type Partial = { entities: number; inputs: number; chunks: Chunk[] };

/**
 * A sample that threw: which one, and the seed that reproduces it. `model` is the sample's fault as
 * data when it was a ModelError (an input the draw made impossible, no convergence); without it the
 * sample met a bug.
 */
export class SampleError extends Error {
  constructor(
    readonly sample: number,
    readonly sampleSeed: number,
    readonly reason: string,
    readonly model?: ModelErrorData,
  ) {
    super(`sample ${sample} (sample seed ${sampleSeed}) failed: ${reason}`);
    this.name = "SampleError";
  }
}

export function runChunk(evaluator: Evaluator, seed: number, from: number, count: number): Chunk {
  const n = evaluator.entities.length;
  const k = evaluator.inputs.length;
  const chunk: Chunk = {
    from,
    count,
    systemLoss: new Float64Array(count),
    unfunded: new Float64Array(count),
    inputs: new Float64Array(count * k),
    defaults: new Int32Array(n),
    lossEntity: new Int32Array(0),
    lossValue: new Float64Array(0),
  };
  const out = newOutcome(n);
  const values = new Float64Array(k);
  const lossEntity: number[] = [];
  const lossValue: number[] = [];
  for (let s = 0; s < count; s++) {
    const index = from + s;
    try {
      drawInputs(evaluator.inputs, sampleRng(seed, index), values);
      evaluator.evaluate(values, out);
    } catch (error) {
      const model = error instanceof ModelError ? error.toData() : undefined;
      throw new SampleError(index, sampleSeed(seed, index), (error as Error).message ?? String(error), model);
    }
    chunk.systemLoss[s] = out.systemLoss;
    chunk.unfunded[s] = out.unfunded;
    chunk.inputs.set(values, s * k);
    for (let i = 0; i < n; i++) {
      if (out.defaulted[i]) chunk.defaults[i] = (chunk.defaults[i] as number) + 1;
      const loss = out.loss[i] as number;
      if (loss > 0) {
        lossEntity.push(i);
        lossValue.push(loss);
      }
    }
  }
  chunk.lossEntity = Int32Array.from(lossEntity);
  chunk.lossValue = Float64Array.from(lossValue);
  return chunk;
}

export function emptyPartial(entities: number, inputs: number): Partial {
  return { entities, inputs, chunks: [] };
}

/** The union of two partial results; they must not share a sample. */
export function mergePartials(a: Partial, b: Partial): Partial {
  if (a.entities !== b.entities || a.inputs !== b.inputs) throw new RangeError("partials of different runs");
  return { entities: a.entities, inputs: a.inputs, chunks: [...a.chunks, ...b.chunks] };
}

/** All samples from..from+count−1 in chunks of `chunkSize`, in one thread. */
export function runSamples(
  evaluator: Evaluator,
  seed: number,
  from: number,
  count: number,
  chunkSize = 1000,
): Partial {
  const partial = emptyPartial(evaluator.entities.length, evaluator.inputs.length);
  for (let start = from; start < from + count; start += chunkSize)
    partial.chunks.push(runChunk(evaluator, seed, start, Math.min(chunkSize, from + count - start)));
  return partial;
}
