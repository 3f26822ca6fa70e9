/** ISO 8601 dates and date-times as seconds since the Unix epoch: pure, no clock, no time zone. */

const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;

/** Seconds since the epoch of an ISO 8601 date or date-time (no offset = UTC), or NaN. */
export function isoSeconds(text: string): number {
  const m = ISO_TIME.exec(text);
  if (!m) return Number.NaN;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((k) => Number(m[k] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return Number.NaN;
  let offset = 0;
  const zone = m[8];
  if (zone && zone !== "Z" && zone !== "z") {
    const hours = Number(zone.slice(1, 3));
    const minutes = Number(zone.slice(-2));
    if (hours > 23 || minutes > 59) return Number.NaN;
    offset = (zone[0] === "-" ? -1 : 1) * (hours * 3600 + minutes * 60);
  }
  return date.getTime() / 1000 + hour * 3600 + minute * 60 + second + Number(m[7] ?? 0) - offset;
}
