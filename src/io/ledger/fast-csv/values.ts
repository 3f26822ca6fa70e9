/**
 * The three kinds of cell the fast CSV reader reads itself, each in one strict spelling and read to
 * exactly the value the careful route (stage.ts, through DuckDB) gives the same text. Anything else
 * returns "not mine" (NaN or −1), and the whole file then goes the careful way, which knows every
 * other spelling and reports every bad value. So the fast reader never guesses: it either reads a
 * cell as the careful route would, or declines the file.
 *
 * Bytes come from a Uint8Array [start, end) of the file; no string is built.
 */

const ZERO = 48;
const NINE = 57;

/** 10^k for k ≤ 22: each is exactly a double, so a division by one is correctly rounded. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

const digit = (bytes: Uint8Array, at: number): number => {
  const c = bytes[at] as number;
  return c >= ZERO && c <= NINE ? c - ZERO : -100;
};
const two = (bytes: Uint8Array, at: number) => digit(bytes, at) * 10 + digit(bytes, at + 1);

/** Days in month `month` (1–12) of proleptic Gregorian year `year`. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date: H. Hinnant's days_from_civil
 * ("chrono-Compatible Low-Level Date Algorithms", 2013), exact for every year.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * `YYYY-MM-DDTHH:MM:SSZ` or with 1 to 3 fraction digits before the Z (years 0001–9999, a real date,
 * hours 00–23, minutes and seconds 00–59) as milliseconds since the epoch — what DuckDB's TIMESTAMP
 * cast and epoch_ms give the careful route for the same text — else NaN.
 */
export function readIsoUtcMs(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length < 20 || length > 24 || bytes[end - 1] !== 90 /* Z */) return Number.NaN;
  if (bytes[start + 4] !== 45 || bytes[start + 7] !== 45 || bytes[start + 10] !== 84) return Number.NaN;
  if (bytes[start + 13] !== 58 || bytes[start + 16] !== 58) return Number.NaN;
  const year = two(bytes, start) * 100 + two(bytes, start + 2);
  const month = two(bytes, start + 5);
  const day = two(bytes, start + 8);
  const hour = two(bytes, start + 11);
  const minute = two(bytes, start + 14);
  const second = two(bytes, start + 17);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return Number.NaN;
  let millis = 0;
  if (length > 20) {
    // ".d", ".dd" or ".ddd": tenths, hundredths, thousandths.
    if (bytes[start + 19] !== 46 || length === 21) return Number.NaN;
    let scale = 100;
    for (let at = start + 20; at < end - 1; at++) {
      const d = digit(bytes, at);
      if (d < 0) return Number.NaN;
      millis += d * scale;
      scale /= 10;
    }
  } else if (length !== 20) return Number.NaN;
  const days = daysFromCivil(year, month, day);
  return ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + millis;
}

/** Significant digits an amount may have: below 2^53, so the digits are one exact integer. */
const MAX_AMOUNT_DIGITS = 15;

/**
 * A plain decimal amount — digits, optionally a point and more digits (`12`, `0.5`, `007.25`), at
 * most 15 digits in all — as the correctly rounded double, which is what DuckDB's DOUBLE cast gives:
 * the digits are an exact integer below 2^53 and 10^k is exact, so their quotient is rounded once.
 * Anything else (a sign, an exponent, `.5`, `5.`, more digits) is NaN.
 */
export function readPlainAmount(bytes: Uint8Array, start: number, end: number): number {
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (let at = start; at < end; at++) {
    const c = bytes[at] as number;
    if (c >= ZERO && c <= NINE) {
      mantissa = mantissa * 10 + (c - ZERO);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (c === 46 && fraction < 0 && digits > 0) fraction = 0;
    else return Number.NaN;
  }
  if (digits === 0 || digits > MAX_AMOUNT_DIGITS || fraction === 0) return Number.NaN;
  return fraction > 0 ? mantissa / (POW10[fraction] as number) : mantissa;
}

/**
 * A transaction id that the careful route keeps as a number (ingest.ts, WHOLE_NUMBER: `0` or 1 to
 * 15 digits not starting with 0) as that number, else −1.
 */
export function readWholeId(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length < 1 || length > 15 || (length > 1 && bytes[start] === ZERO)) return -1;
  let value = 0;
  for (let at = start; at < end; at++) {
    const c = bytes[at] as number;
    if (c < ZERO || c > NINE) return -1;
    value = value * 10 + (c - ZERO);
  }
  return value;
}
