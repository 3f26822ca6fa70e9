/**
 * The byte parser of the plain-CSV fast path (fast-csv.ts): complete lines of one part of a ledger
 * file in, columns out, with no string per field. Account names are interned through an
 * open-addressing hash of their bytes (FNV-1a), times and amounts are read from their digits, text
 * ids are kept as bytes, one line each.
 *
 * It accepts only what it can read exactly as DuckDB's path (ingest.ts, stage.ts) would: comma
 * fields with no quote, no carriage return, no empty field and no space at either end of one; times
 * `YYYY-MM-DDTHH:MM:SS` (or a space for the T), with up to three decimals of a second and an optional
 * `Z`; amounts of digits with an optional decimal point, not negative. On anything else
 * `feed` returns false and the caller goes back to DuckDB, which then says what is wrong.
 *
 * Exactness of the numbers: an amount with at most 15 digits is an integer below 2^53 divided by a
 * power of ten below 10^16, both exact doubles, so the division (rounded once, IEEE 754) is the
 * correctly rounded value of the decimal, as DuckDB's own parser gives; a longer one is read by
 * Number(), also correctly rounded. Times are whole milliseconds.
 */

import { grown, NameTable } from "./fast-csv-names.ts";

/** What a column of the file is to the ledger. */
export const FIELD = { skip: 0, src: 1, dst: 2, ts: 3, amount: 4, id: 5 } as const;

const COMMA = 44;
const NEWLINE = 10;
const QUOTE = 34;
const RETURN = 13;
const SPACE = 32;
const DOT = 46;
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);
/** Days before each month in a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** One part's columns, on plain ArrayBuffers (transferable to the thread that merges the parts). */
export type ParsedPart = {
  rows: number;
  src: Int32Array;
  dst: Int32Array;
  ts: Float64Array;
  amount: Float64Array;
  /** Account k's name is names[nameOffsets[k], nameOffsets[k + 1]). */
  names: Uint8Array;
  nameOffsets: Int32Array;
  /** Transactions paid or received by each account among rows that are not self-loops. */
  activity: Int32Array;
  /** The account table's slots (NameTable), so the merge goes on from this part's table. */
  slots: Int32Array;
  selfLoops: number;
  /** Earliest and latest time (ms) of any row, self-loops included. */
  first: number;
  last: number;
  /** Rows whose time ends in Z, and rows whose time has no offset (a mix is DuckDB's to refuse). */
  zoned: number;
  naive: number;
  /** Ids, each followed by a line break: row r's is idBytes[idEnds[r − 1], idEnds[r]) (0 for r = 0). */
  idBytes: Uint8Array | null;
  idEnds: Int32Array | null;
  /** The first and last row that is no self-loop (−1 when none is), and whether each such row's id is a whole number. */
  firstKept: number;
  lastKept: number;
  keptWhole: boolean;
  /** Row r's id as a whole number (0|[1-9]\d{0,14}), NaN when it is not one. */
  idWhole: Float64Array | null;
};

/** What a part's thread sends back after parsing: all but the rows' columns, which it keeps. */
export type PartSummary = Omit<ParsedPart, "src" | "dst" | "ts" | "amount">;

export class PartParser {
  private readonly roles: Int8Array;
  private rows = 0;
  private src: Int32Array;
  private dst: Int32Array;
  private ts: Float64Array;
  private amount: Float64Array;
  private idEnds: Int32Array | null;
  private idWhole: Float64Array | null;
  private idBytes: Uint8Array | null;
  private idUsed = 0;
  private selfLoops = 0;
  private zoned = 0;
  private naive = 0;
  private readonly table = new NameTable();

  constructor(roles: readonly number[], expectedRows: number) {
    this.roles = Int8Array.from(roles);
    const capacity = Math.max(16, expectedRows);
    this.src = new Int32Array(capacity);
    this.dst = new Int32Array(capacity);
    this.ts = new Float64Array(capacity);
    this.amount = new Float64Array(capacity);
    const hasId = roles.includes(FIELD.id);
    this.idEnds = hasId ? new Int32Array(capacity) : null;
    this.idWhole = hasId ? new Float64Array(capacity) : null;
    this.idBytes = hasId ? new Uint8Array(capacity * 8) : null;
  }

  /** Parses the lines of bytes[0, end), every one ending in a line break; false at the first it cannot read. */
  feed(bytes: Uint8Array, end: number): boolean {
    const roles = this.roles;
    const columns = roles.length;
    let p = 0;
    while (p < end) {
      if (this.rows === this.src.length) this.grow();
      const r = this.rows;
      let payer = -1;
      let payee = -1;
      for (let c = 0; c < columns; c++) {
        const s = p;
        let b = bytes[p] as number;
        while (b !== COMMA && b !== NEWLINE) {
          if (b === QUOTE || b === RETURN) return false;
          b = bytes[++p] as number;
        }
        // A field ends in a comma, the last one in the line break; none is empty or padded.
        if ((b === NEWLINE) !== (c === columns - 1) || p === s) return false;
        if (bytes[s] === SPACE || bytes[p - 1] === SPACE) return false;
        const role = roles[c] as number;
        if (role === FIELD.src) payer = this.table.intern(bytes, s, p);
        else if (role === FIELD.dst) payee = this.table.intern(bytes, s, p);
        else if (role === FIELD.ts) {
          const t = this.time(bytes, s, p);
          if (Number.isNaN(t)) return false;
          this.ts[r] = t;
        } else if (role === FIELD.amount) {
          const a = decimal(bytes, s, p);
          if (Number.isNaN(a)) return false;
          this.amount[r] = a;
        } else if (role === FIELD.id) this.keepId(bytes, s, p, r);
        p++;
      }
      this.src[r] = payer;
      this.dst[r] = payee;
      if (payer === payee) {
        // A self-loop is no transaction of the ledger's: its two counts are taken back. The second
        // lookup of the name found it (a hit never moves the table), so lastSlot is its slot.
        this.selfLoops++;
        this.table.addToLast(-2);
      }
      this.rows = r + 1;
    }
    return true;
  }

  finish(): ParsedPart {
    const n = this.rows;
    const table = this.table;
    return {
      rows: n,
      src: this.src.slice(0, n),
      dst: this.dst.slice(0, n),
      ts: this.ts.slice(0, n),
      amount: this.amount.slice(0, n),
      names: table.names.slice(0, table.nameOffsets[table.count]),
      nameOffsets: table.nameOffsets.slice(0, table.count + 1),
      activity: table.activity(),
      slots: table.slots,
      selfLoops: this.selfLoops,
      ...span(this.ts.subarray(0, n)),
      ...this.kept(n),
      zoned: this.zoned,
      naive: this.naive,
      idBytes: this.idBytes ? this.idBytes.slice(0, this.idUsed) : null,
      idEnds: this.idEnds ? this.idEnds.slice(0, n) : null,
      idWhole: this.idWhole ? this.idWhole.slice(0, n) : null,
    };
  }

  private kept(n: number): { firstKept: number; lastKept: number; keptWhole: boolean } {
    let firstKept = -1;
    let lastKept = -1;
    let keptWhole = true;
    for (let r = 0; r < n; r++) {
      if (this.src[r] === this.dst[r]) continue;
      if (firstKept < 0) firstKept = r;
      lastKept = r;
      if (this.idWhole && Number.isNaN(this.idWhole[r])) keptWhole = false;
    }
    return { firstKept, lastKept, keptWhole };
  }

  /** UTC milliseconds of `YYYY-MM-DD[T ]HH:MM:SS[.f{1,3}][Z]`, NaN for anything else. */
  private time(bytes: Uint8Array, s: number, e: number): number {
    const length = e - s;
    if (length < 19) return Number.NaN;
    const sep = bytes[s + 10];
    if (bytes[s + 4] !== 45 || bytes[s + 7] !== 45 || (sep !== 84 && sep !== SPACE)) return Number.NaN;
    if (bytes[s + 13] !== 58 || bytes[s + 16] !== 58) return Number.NaN;
    const year = digits(bytes, s, 4);
    const month = digits(bytes, s + 5, 2);
    const day = digits(bytes, s + 8, 2);
    const hour = digits(bytes, s + 11, 2);
    const minute = digits(bytes, s + 14, 2);
    const second = digits(bytes, s + 17, 2);
    if (
      !(year >= 1000 && month >= 1 && month <= 12 && day >= 1 && hour <= 23 && minute <= 59 && second <= 59)
    )
      return Number.NaN;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    if (day > (MONTH_DAYS[month - 1] as number) + (month === 2 && leap ? 1 : 0)) return Number.NaN;
    let at = s + 19;
    let ms = 0;
    if (at < e && bytes[at] === DOT) {
      const places = e - at - 1 - (bytes[e - 1] === 90 ? 1 : 0);
      if (places < 1 || places > 3) return Number.NaN;
      const f = digits(bytes, at + 1, places);
      if (!(f >= 0)) return Number.NaN;
      ms = f * (places === 1 ? 100 : places === 2 ? 10 : 1);
      at += 1 + places;
    }
    if (at === e - 1 && bytes[at] === 90) this.zoned++;
    else if (at === e) this.naive++;
    else return Number.NaN;
    return daysFromCivil(year, month, day) * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
  }

  private keepId(bytes: Uint8Array, s: number, e: number, r: number): void {
    const ids = this.idBytes as Uint8Array;
    const need = this.idUsed + (e - s) + 1;
    if (need > ids.length) this.idBytes = grown(ids, need);
    const target = this.idBytes as Uint8Array;
    const at = this.idUsed;
    for (let i = s; i < e; i++) target[at + i - s] = bytes[i] as number;
    target[need - 1] = NEWLINE;
    this.idUsed = need;
    (this.idEnds as Int32Array)[r] = need;
    const whole = e - s <= 15 && (bytes[s] !== 48 || e - s === 1) ? digits(bytes, s, e - s) : Number.NaN;
    (this.idWhole as Float64Array)[r] = whole;
  }

  private grow(): void {
    const size = Math.ceil(this.src.length * 1.5) + 16;
    this.src = grown(this.src, size);
    this.dst = grown(this.dst, size);
    this.ts = grown(this.ts, size);
    this.amount = grown(this.amount, size);
    if (this.idEnds) this.idEnds = grown(this.idEnds, size);
    if (this.idWhole) this.idWhole = grown(this.idWhole, size);
  }
}

/** The whole number written by `count` digits at bytes[s], NaN if one is not a digit. */
function digits(bytes: Uint8Array, s: number, count: number): number {
  let v = 0;
  for (let i = s; i < s + count; i++) {
    const d = (bytes[i] as number) - 48;
    if (!(d >= 0 && d <= 9)) return Number.NaN;
    v = v * 10 + d;
  }
  return v;
}

/**
 * A non-negative decimal (`12`, `12.5`), NaN for anything else (`.5`, `5.`, `-1`, `1e3`). Up to 15
 * digits by the exact division above; longer ones (rare) by the language's own correctly rounded
 * reading of the text.
 */
function decimal(bytes: Uint8Array, s: number, e: number): number {
  let mantissa = 0;
  let count = 0;
  let point = -1;
  for (let i = s; i < e; i++) {
    const b = bytes[i] as number;
    if (b === DOT && point < 0) point = i;
    else {
      const d = b - 48;
      if (!(d >= 0 && d <= 9)) return Number.NaN;
      mantissa = mantissa * 10 + d;
      count++;
    }
  }
  if (count === 0 || point === s || point === e - 1) return Number.NaN;
  if (count > 15) return Number(String.fromCharCode(...bytes.subarray(s, e)));
  return point < 0 ? mantissa : mantissa / (POW10[e - 1 - point] as number);
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant, "chrono-compatible low-level date algorithms"). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function span(ts: Float64Array): { first: number; last: number } {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i] as number;
    if (t < first) first = t;
    if (t > last) last = t;
  }
  return { first, last };
}
