import { infinityAsString } from "@core/json/json-infinity.ts";
import { useI18n } from "../i18n/index.ts";
import { downloadBlob } from "../util/download.ts";

type Props = { name: string; fileName: string; value: () => unknown };

/** Downloads a result as JSON: the same document the API answers for the same settings. */
export function JsonButton({ name, fileName, value }: Props) {
  const { t, fill } = useI18n();
  return (
    <button
      type="button"
      data-json={fileName}
      aria-label={fill(t.exports.jsonLabel, { name })}
      onClick={() =>
        downloadBlob(
          new Blob([`${JSON.stringify(value(), infinityAsString, 2)}\n`], { type: "application/json" }),
          `${fileName}.json`,
        )
      }
    >
      {t.exports.json}
    </button>
  );
}
