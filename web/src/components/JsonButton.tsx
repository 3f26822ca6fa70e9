/** Downloads what a page shows as JSON: the same numbers a program would get from the API. */
import { useI18n } from "../i18n/index.ts";
import { downloadBlob } from "../util/download.ts";

type Props = { name: string; fileName: string; value: () => unknown };

export function JsonButton({ name, fileName, value }: Props) {
  const { t, fill } = useI18n();
  return (
    <button
      type="button"
      data-json={fileName}
      aria-label={fill(t.money.jsonLabel, { name })}
      onClick={() =>
        downloadBlob(
          new Blob([`${JSON.stringify(value(), null, 2)}\n`], { type: "application/json" }),
          `${fileName}.json`,
        )
      }
    >
      {t.money.json}
    </button>
  );
}
