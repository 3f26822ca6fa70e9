/**
 * Typed arrays on SharedArrayBuffers: what the ledger preparation allocates when worker threads will
 * search the same arrays (posting them to a worker shares the memory instead of copying it).
 */
import type { ArrayAllocator } from "../../core/ledger/prepare.ts";

export const sharedArrays: ArrayAllocator = {
  int32: (length) => new Int32Array(new SharedArrayBuffer(4 * length)),
  float64: (length) => new Float64Array(new SharedArrayBuffer(8 * length)),
};
