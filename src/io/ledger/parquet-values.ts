/**
 * The payer's name and the id of a transaction as Parquet BYTE_ARRAY values (a 4-byte little-endian
 * length, then the UTF-8 bytes), for the name and id dictionary pages of parquet-direct.ts: the same
 * texts as cycle-record.ts gives, written without a string in the usual cases.
 */
import { isUtf8 } from "node:buffer";
import type { ByteSink } from "./byte-sink.ts";
import { type CycleContext, transactionId } from "./cycle-record.ts";

const enc = new TextEncoder();

export class TransactionValues {
  private readonly context: CycleContext;
  /** Whether text ids are valid UTF-8 (so their bytes are what transactionId's text encodes to). */
  private readonly textIdsValid: boolean;
  /** Every account's name in UTF-8, one after another: account a's is names[nameAt[a] … nameAt[a + 1]). */
  private readonly names: Uint8Array;
  private readonly nameAt: Int32Array;

  constructor(context: CycleContext) {
    this.context = context;
    this.textIdsValid = context.ids.kind === "text" && isUtf8(context.ids.bytes);
    // The names as UTF-8 in one buffer, written in place: no array per name (a million accounts made
    // as many small buffers at once, each with its own allocation).
    const { accounts } = context;
    this.nameAt = new Int32Array(accounts.length + 1);
    accounts.forEach((a, k) => {
      this.nameAt[k + 1] = (this.nameAt[k] as number) + Buffer.byteLength(a, "utf8");
    });
    const names = Buffer.alloc(this.nameAt[accounts.length] as number);
    accounts.forEach((a, k) => {
      names.write(a, this.nameAt[k] as number, "utf8");
    });
    this.names = names;
  }

  /** The name of transaction e's payer. */
  putName(out: ByteSink, e: number): void {
    const a = this.context.ledger.src[e] as number;
    putBytes(out, this.names, this.nameAt[a] as number, this.nameAt[a + 1] as number);
  }

  /**
   * Transaction e's id as transactionId (cycle-record.ts) gives it, in UTF-8, without a string in the
   * usual cases: a text id's bytes as read (when the ids are valid UTF-8, which decoding and encoding
   * again would keep), a whole-number id or row number digit by digit.
   */
  putId(out: ByteSink, e: number): void {
    const { ids, ledger } = this.context;
    if (ids.kind === "text" && this.textIdsValid) {
      const k = ids.entry ? (ids.entry[e] as number) : e;
      putBytes(out, ids.bytes, ids.offsets[k] as number, (ids.offsets[k + 1] as number) - 1);
      return;
    }
    const n = ids.kind === "number" ? (ids.values[e] as number) : (ledger.row[e] as number) + 1;
    if (ids.kind === "text" || !Number.isSafeInteger(n)) {
      const bytes = enc.encode(transactionId(this.context, e));
      putBytes(out, bytes, 0, bytes.length);
      return;
    }
    out.room(4 + 17);
    const start = out.at;
    out.at += 4;
    if (n < 0) out.buf[out.at++] = 45; // "-"
    let digits = 1;
    const size = Math.abs(n);
    for (let p = 10; p <= size; p *= 10) digits++;
    let rest = size;
    for (let d = digits - 1; d >= 0; d--) {
      const q = Math.floor(rest / 10);
      out.buf[out.at + d] = 48 + (rest - q * 10);
      rest = q;
    }
    out.at += digits;
    out.view.setUint32(start, out.at - start - 4, true);
  }
}

/** A BYTE_ARRAY value: its length (4 bytes), then from[start … end). */
function putBytes(out: ByteSink, from: Uint8Array, start: number, end: number): void {
  out.room(4 + end - start);
  out.view.setUint32(out.at, end - start, true);
  const buf = out.buf;
  let at = out.at + 4;
  // Names and ids are short: a loop beats making a subarray for set().
  for (let i = start; i < end; i++) buf[at++] = from[i] as number;
  out.at = at;
}
