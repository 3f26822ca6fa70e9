import type { reportCircularityEn } from "./report-circularity.en.ts";
import type { Shape } from "./tree.ts";

export const reportCircularityAr: Shape<typeof reportCircularityEn> = {
  title: "الدائرية",
  nodesTitle: "أموال الجهة العائدة إليها عبر الحلقات (قابلة للتتبع)",
  none: "لا نقد يتحرك في هذا العرض: لا شيء لتتبعه.",
  entity: "الجهة",
  throughput: "الأموال المارّة بها",
  loopShare: "أموالها العائدة عبر الحلقات",
  loopCount: "الحلقات",
  mixingShare: "حصة المزج النسبي (كل المسارات)",
  fromOutside: "من خارج الشبكة",
  loopBack: "أموالها العائدة",
  largestLoop: "أكبر حلقة (حصتها)",
  pathShare: "{path} ({share})",
  mixingShort: "حصة المزج",
  pValueLoops: "القيمة الاحتمالية (الحلقات)",
  pValueMixing: "القيمة الاحتمالية (المزج)",
  originsTitle: "من جهات أخرى (المزج النسبي) والسلاسل التي تنقلها",
  originsHint:
    "تفترض حصص المزج أن كل جهة تدفع مزيجًا متوسطًا من كل ما تلقّته. السلاسل المدرجة تنقل الجزء الذي يمكن للقارئ تتبّعه دفعةً دفعة، أما الباقي فقد دار في حلقة في طريقه (docs/methods/circularity.md).",
  origin: "المصدر",
  tracedShare: "عبر سلاسل بسيطة",
  largestChain: "أكبر سلسلة (حصتها)",
  chain: "السلسلة (حصتها)",
  entityLoopsTitle: "الحلقات المارّة بها التي تعيد إليها أموالها",
  onNoLoop: "لا تقع على أي حلقة: لا يعود إليها شيء من أموالها.",
  loop: "الحلقة",
  comesBack: "يعود",
  share: "الحصة",
  bottleneck: "عنق الزجاجة",
  loopDeals: "الصفقات في كل خطوة من هذه الحلقات",
  from: "من",
  to: "إلى",
  amount: "المبلغ",
  deals: "الصفقات",
  multiplierLine:
    "مضاعف الدوران {multiplier}: مدفوعات بقيمة {flow} داخل الشبكة مقابل {outside} دخلت من خارجها.",
  estimateLine:
    "ومن هذه المدفوعات البالغة {flow}، يستند {estimated} إلى تقديرات (قيمة قدّرها محللون ولم {parties, plural, =2 {يعلن الطرفان} other {تعلن الأطراف}} مبلغًا) في {count, plural, zero {لا صفقات} one {صفقة واحدة} two {صفقتين} few {# صفقات} many {# صفقةً} other {# صفقة}}، أكبرها «{largest}».",
  loopSearchLine:
    "تتبّعنا الحلقات التي لا يتجاوز عدد دفعاتها {maxLength}، فبلغ عدد ما عُثر عليه منها {cycles}. حصة الحلقة هي حاصل ضرب ما يدفعه كل طرف فيها إلى التالي من مجمل أمواله، خطوةً خطوة.",
  cashOnlyLine:
    "هذه الحلقات من المدفوعات النقدية وحدها، لأن الدائرية تقيس الإيرادات؛ وإذا أضيفت إليها الحصص وضمانات شراء الأسهم والضمانات (كما يفعل أمر ⁦halqa loops⁩) صار العدد {allKinds, plural, zero {صفرًا} one {حلقة واحدة} two {حلقتين} few {# حلقات} many {# حلقةً} other {# حلقة}} لا تتجاوز خطواتها {maxLength}.",
  nullLine:
    "النموذج الصفري ({samples} إعادة توصيل تحفظ الدرجات): متوسط المضاعف {mean}، القيمة الاحتمالية {p}.",
  loopSharesChart: "كم من أموال كل جهة يعود إليها عبر الحلقات",
};
