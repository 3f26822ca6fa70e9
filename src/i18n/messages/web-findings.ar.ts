import type { Shape } from "./tree.ts";
import type { webFindingsEn } from "./web-findings.en.ts";

export const webFindingsAr: Shape<typeof webFindingsEn> = {
  map: {
    keys: "الشركات على الخريطة: اختر شركة لإبراز صفقاتها",
    key: "{name} ({kind}): تتلقى {received}، وتدفع {paid}{loops, select, none {} other {؛ تمر بها {loops} من الحلقات}}",
    topLoops:
      "{count, plural, zero {لا حلقات مبرزة} one {أكبر حلقة مرسومة} two {أكبر حلقتين مرسومتين} few {أكبر # حلقات مرسومة} many {أكبر # حلقةً مرسومةً} other {أكبر # حلقة مرسومة}} بالألوان الكاملة، والباقي باهت. مرّر المؤشر على حلقة أو ثبّتها لتتبعها، واختر شركة لترى صفقاتها.",
    selected:
      "{name}: {edges, plural, zero {لا روابط} one {رابط واحد} two {رابطان} few {# روابط} many {# رابطًا} other {# رابط}} مع {partners, plural, zero {لا شركات} one {شركة واحدة} two {شركتين} few {# شركات} many {# شركةً} other {# شركة}}، والباقي باهت.",
    clear: "اعرض أكبر الحلقات",
  },
  exportColumns: {
    analysis: "التحليل",
    unit: "الوحدة",
  },
  axes: {
    usd: "بالدولار الأمريكي",
    percent: "النسبة المئوية (%)",
  },
  findings: {
    loopMap:
      "{count, plural, zero {لا حلقات مالية} one {حلقة مالية واحدة} two {حلقتان ماليتان} few {# حلقات مالية} many {# حلقةً ماليةً} other {# حلقة مالية}}؛ أكبرها {loop}، ويمكن أن يدور فيها حتى {amount} دورة كاملة",
    loopMapNone: "من يدفع لمن: لا أموال تعود في حلقة على هذا الأساس",
    powerBalanceNote:
      "الطاقة المؤمَّنة (بالألوان) والسعة التي لا يذكر أي مصدر طاقتها (بالرمادي) مقياسان مختلفان، ولذلك رُسما متجاورين لا متراكمين: مجموعهما لا يساوي الخط. وقد تتجاوز الطاقة المؤمَّنة سعة المواقع التي تخدمها (في {year}: {secured} مؤمَّنة مقابل {known} من السعة المعروفة طاقتها).",
    flows: "أكبر تدفق في {year} من {from} إلى {to} بقيمة {amount}، أي {share} من أموال العام",
    circularity:
      "{name} تستعيد أكبر حصة من أموالها عبر الحلقات: {share} من مقبوضاتها ({count, plural, zero {لا شركات معروضة} one {شركة واحدة معروضة} two {شركتان معروضتان} few {# شركات معروضة} many {# شركةً معروضةً} other {# شركة معروضة}})",
    market: "{share} من الصندوق داخل الحلقة؛ وأكبر مساهمة لـ{name}: {top}",
    funding: "{entity}: فجوة تمويل قدرها {gap} خلال {from}–{to}، مقابل تمويل قدره {financing}",
    waterfall: "من إنفاق قدره {spend}، يغطي النقد الداخلي {cash}، ويجب أن يأتي {share} من الخارج",
    stressLosses: "{name} الأشد تضررًا: تخسر {loss}، أي {share} من رأس مالها",
    explorer:
      "{deals, plural, zero {لا صفقات} one {صفقة واحدة} two {صفقتان} few {# صفقات} many {# صفقةً} other {# صفقة}} بين {nodes, plural, zero {لا شركات} one {شركة واحدة} two {شركتين} few {# شركات} many {# شركةً} other {# شركة}}؛ أكبرها من {from} إلى {to} بقيمة {amount}",
    cascade:
      "بعد {step}، {count, plural, zero {لم تتعثر أي شركة} one {تعثرت شركة واحدة} two {تعثرت شركتان} few {تعثرت # شركات} many {تعثرت # شركةً} other {تعثرت # شركة}}",
    depreciation: "العمر المفترض ينقل الإهلاك السنوي من {low} ({lowLife}) إلى {high} ({highLife})",
    mcDefaults: "{name} الأكثر تعثرًا: في {share} من العينات",
    mcSensitivity: "أكثر ما يحرّك خسارة المنظومة: {input} (ρ = {rho})",
    powerCoverage: "في {year}، تبقى {stranded} من السعة بلا طاقة مؤمَّنة، وتبلغ نسبة التغطية {coverage}",
    tracker:
      "{signal}: أعلى قراءة لدى {name}، {value} ({period})؛ والعتبة {threshold}، {met, plural, zero {ولم يبلغها أي مشغّل} one {وبلغها مشغّل واحد} two {وبلغها مشغّلان} few {وبلغها # مشغّلين} many {وبلغها # مشغّلًا} other {وبلغها # مشغّل}} في آخر قراءة",
  },
};
