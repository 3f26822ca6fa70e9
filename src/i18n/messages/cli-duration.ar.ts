import type { cliDurationEn } from "./cli-duration.en.ts";
import type { Shape } from "./tree.ts";

/** المدة بأكبر وحدة مقروءة (نافذة فحص السجلات ومدة الحلقة)، بالكلمات لا بالحروف اللاتينية. */
export const cliDurationAr: Shape<typeof cliDurationEn> = {
  second:
    "{count, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتان} few {# ثوانٍ} many {# ثانيةً} other {# ثانية}}",
  minute:
    "{count, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتان} few {# دقائق} many {# دقيقةً} other {# دقيقة}}",
  hour: "{count, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتان} few {# ساعات} many {# ساعةً} other {# ساعة}}",
  day: "{count, plural, zero {# يوم} one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}}",
  remaining:
    "{count, plural, zero {يتبقى أقل من ثانية} one {يتبقى نحو ثانية واحدة} two {يتبقى نحو ثانيتين} few {يتبقى نحو # ثوانٍ} many {يتبقى نحو # ثانيةً} other {يتبقى نحو # ثانية}}",
};
