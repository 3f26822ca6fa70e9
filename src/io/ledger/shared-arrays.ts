/**
 * Typed arrays on SharedArrayBuffers: what the ledger preparation allocates when worker threads will
 * search the same arrays (posting them to a worker shares the memory instead of copying it).
 */
import type { ArrayAllocator } from "../../core/ledger/prepare.ts";

export const sharedArrays: ArrayAllocator = {
  int32: (length) => new Int32Array(new SharedArrayBuffer(4 * length)),
  float64: (length) => new Float64Array(new SharedArrayBuffer(8 * length)),
};

/** Typed arrays on SharedArrayBuffers, so worker threads read the ledger without a copy. */
export function sharedInt32(length: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Math.max(1, length) * 4), 0, length);
}

export function sharedFloat64(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(Math.max(1, length) * 8), 0, length);
}
