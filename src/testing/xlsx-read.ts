/**
 * Reading back the XLSX workbooks the dashboard writes, in tests: the archive unzipped from its own
 * central directory (stored entries; each entry's CRC-32 checked), each sheet's cells by reference
 * with their type, style and value (XML entities decoded), and a style's number format code.
 */
import { crc32 } from "node:zlib";

export type ReadCell = { type: string; style: number; value: string };
export type ReadSheet = { name: string; cells: Map<string, ReadCell>; xml: string };
export type ReadWorkbook = { files: Map<string, string>; sheets: ReadSheet[]; styles: string };

const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

/** The archive's entries by name; throws on a bad signature or CRC. */
export function unzipStored(archive: Uint8Array): Map<string, string> {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const end = archive.length - 22;
  if (view.getUint32(end, true) !== 0x06054b50) throw new Error("no end of central directory");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files = new Map<string, string>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`bad directory entry ${i}`);
    if (view.getUint16(at + 10, true) !== 0)
      throw new Error("a compressed entry: this reader reads stored ones");
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(archive.subarray(at + 46, at + 46 + nameLength));
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = archive.subarray(start, start + size);
    if (crc32(data) !== view.getUint32(at + 16, true)) throw new Error(`CRC mismatch in ${name}`);
    files.set(name, decoder.decode(data));
    at += 46 + nameLength;
  }
  return files;
}

export function sheetCells(xml: string): Map<string, ReadCell> {
  const out = new Map<string, ReadCell>();
  for (const match of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(.*?)<\/c>/g)) {
    const attributes = match[2] ?? "";
    const body = match[3] ?? "";
    out.set(match[1] ?? "", {
      type: /t="(\w+)"/.exec(attributes)?.[1] ?? "n",
      style: Number(/s="(\d+)"/.exec(attributes)?.[1] ?? 0),
      value: decodeXml((/<v>(.*?)<\/v>/.exec(body) ?? /<t[^>]*>(.*?)<\/t>/.exec(body))?.[1] ?? ""),
    });
  }
  return out;
}

/** The number format code of a cell style ("General" for the built-in default). */
export function formatOf(styles: string, style: number): string {
  const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  const id = [...xfs.matchAll(/<xf numFmtId="(\d+)"/g)][style]?.[1];
  const code = new RegExp(`<numFmt numFmtId="${id}" formatCode="([^"]*)"`).exec(styles)?.[1];
  return code === undefined ? "General" : decodeXml(code);
}

export function readXlsx(archive: Uint8Array): ReadWorkbook {
  const files = unzipStored(archive);
  const names = [...(files.get("xl/workbook.xml") ?? "").matchAll(/<sheet name="([^"]*)"/g)].map((m) =>
    decodeXml(m[1] ?? ""),
  );
  const sheets = names.map((name, i) => {
    const xml = files.get(`xl/worksheets/sheet${i + 1}.xml`) ?? "";
    return { name, cells: sheetCells(xml), xml };
  });
  return { files, sheets, styles: files.get("xl/styles.xml") ?? "" };
}
