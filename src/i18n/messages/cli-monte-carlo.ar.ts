import type { cliMonteCarloEn } from "./cli-monte-carlo.en.ts";
import type { Shape } from "./tree.ts";

export const cliMonteCarloAr: Shape<typeof cliMonteCarloEn> = {
  title: "اختبار الضغط بطريقة مونت كارلو",
  samples: "العينات",
  seed: "البذرة",
  workers: "الخيوط العاملة",
  partial: "جزئي: توقف التشغيل بعد {done} من {runs} عينة؛ الأرقام أدناه تخص هذه العينات وحدها.",
  systemLoss: "خسارة النظام (مجموع خسائر الجهات)",
  statistic: "المقياس",
  mean: "المتوسط",
  quantile: "الكمّية {p}%",
  var: "القيمة المعرضة للخطر {level}%",
  es: "العجز المتوقع {level}%",
  unfunded: "الالتزامات بلا تمويل (المجموع في كل عينة)",
  defaults: "احتمال التعثر والخسارة لكل جهة",
  probability: "احتمال التعثر",
  interval: "مجال 95% (ويلسون)",
  meanLoss: "متوسط الخسارة",
  loss95: "الخسارة، الكمّية 95%",
  sensitivity: "ما الذي يحرك خسارة النظام (معامل سبيرمان ρ مع خسارة النظام)",
  input: "المُدخل المُعايَن",
  rho: "ρ",
  constant: "ثابت",
  inputs: "المُدخلات المُعايَنة",
  distribution: "التوزيع",
  noDistributions:
    "لا يحوي {file} أي توزيع: كل العينات ستكون متطابقة. شغّله دون ⁦--runs⁩ للحصول على النتيجة الحتمية.",
  sampleFailed: "فشلت العينة {sample} (بذرة التشغيل {seed}، بذرة العينة {sampleSeed}): {reason}",
  progress: "{done}/{runs} عينة · {rate} في الثانية",
  interrupt: "جارٍ الإيقاف… (اضغط Ctrl-C مرة أخرى للخروج فورًا)",
  rebuilds: "أحد المعاملات المُعايَنة يغيّر الشبكة نفسها: تُعاد بناؤها في كل عينة (أبطأ).",
};
