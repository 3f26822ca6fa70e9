/** Downloads a result as JSON: the same document the API answers for the same settings. */
import { useI18n } from "../i18n/index.ts";
import { downloadBlob } from "../util/download.ts";

type Props = { name: string; fileName: string; value: () => unknown };

/** JSON has no Infinity: written as the string "Infinity", as the API and `--json` do. */
function replacer(_key: string, value: unknown): unknown {
  if (typeof value === "number" && !Number.isFinite(value) && !Number.isNaN(value))
    return value > 0 ? "Infinity" : "-Infinity";
  return value;
}

export function JsonButton({ name, fileName, value }: Props) {
  const { t, fill } = useI18n();
  return (
    <button
      type="button"
      data-json={fileName}
      aria-label={fill(t.exports.jsonLabel, { name })}
      onClick={() =>
        downloadBlob(
          new Blob([`${JSON.stringify(value(), replacer, 2)}\n`], { type: "application/json" }),
          `${fileName}.json`,
        )
      }
    >
      {t.exports.json}
    </button>
  );
}
