/**
 * Tables as CSV (RFC 4180): fields with a comma, quote or line break are quoted, quotes doubled. The
 * file starts with a byte-order mark so that spreadsheet programs read Arabic names as UTF-8.
 */
export type Cell = string | number | boolean | null | undefined;

export function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}
