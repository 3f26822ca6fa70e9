/**
 * Errors are data: a stable code, where it is (file and path inside the file; the loader adds line
 * and column) and the parameters its message needs. Words come later, per language, from src/i18n.
 */
export type PathSegment = string | number;

export type Problem = {
  code: string;
  /** The file, relative to the dataset folder. */
  file: string;
  /** Path of the offending value inside the file (e.g. ["deals", 3, "flows", 0, "unit"]). */
  path: PathSegment[];
  params: Record<string, unknown>;
  line?: number;
  column?: number;
};

export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>(
    (text, seg) => (typeof seg === "number" ? `${text}[${seg}]` : text ? `${text}.${seg}` : seg),
    "",
  );
}
