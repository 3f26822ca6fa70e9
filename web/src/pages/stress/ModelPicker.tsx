/**
 * A contagion model and its options, the solvers' own conventions named in words (loss given
 * default, α and β, whether external debt is senior, whether zero equity is a default). Used by the
 * stress page and the upload page.
 */
import { MODEL_NAMES, type ModelName } from "@core/contagion/models.ts";
import { useGesture } from "../../components/Filters.tsx";
import { useI18n } from "../../i18n/index.ts";
import { MODEL_OPTIONS, type OptionSpec } from "../../model/stress.ts";
import type { OptionValue } from "../../model/stress-url.ts";

type Props = {
  model: ModelName;
  options: Readonly<Record<string, OptionValue>>;
  onModel: (name: ModelName) => void;
  /** `mode` is "replace" while a slider is dragged after its first step. */
  onOption: (key: string, value: OptionValue, mode?: "push" | "replace") => void;
};

export function ModelPicker({ model, options, onModel, onOption }: Props) {
  const { m, mOr, percent } = useI18n();
  const gesture = useGesture();
  const gestureProps = { onPointerDown: gesture.start, onKeyDown: gesture.start, onFocus: gesture.start };
  const value = (spec: OptionSpec) => options[spec.key] ?? spec.fallback;
  const label = (key: string) => mOr(`web.modelOptions.${key}`, key);
  return (
    <fieldset className="model-picker">
      <legend>{m("web.stress.model")}</legend>
      <label className="field">
        <span className="visually-hidden">{m("web.stress.model")}</span>
        <select data-control="model" value={model} onChange={(e) => onModel(e.target.value as ModelName)}>
          {MODEL_NAMES.map((name) => (
            <option key={name} value={name}>
              {m(`web.models.${name}`)}
            </option>
          ))}
        </select>
      </label>
      {MODEL_OPTIONS[model].map((spec) =>
        spec.kind === "bool" ? (
          <label key={spec.key} className="check">
            <input
              type="checkbox"
              data-option={spec.key}
              checked={value(spec) === true}
              onChange={(e) => onOption(spec.key, e.target.checked)}
            />
            {label(spec.key)}
          </label>
        ) : spec.kind === "choice" ? (
          <label key={spec.key} className="field">
            {label(spec.key)}
            <select
              data-option={spec.key}
              value={String(value(spec))}
              onChange={(e) => onOption(spec.key, e.target.value)}
            >
              {spec.values.map((v) => (
                <option key={v} value={v}>
                  {label(v)}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <label key={spec.key} className="field size">
            {label(spec.key)}
            <input
              type="range"
              data-option={spec.key}
              min={0}
              max={100}
              step={1}
              value={Math.round(Number(value(spec)) * 100)}
              aria-valuetext={percent(Number(value(spec)), 0)}
              {...gestureProps}
              onChange={(e) => onOption(spec.key, Number(e.target.value) / 100, gesture.mode())}
            />
            <output>{percent(Number(value(spec)), 0)}</output>
          </label>
        ),
      )}
    </fieldset>
  );
}
