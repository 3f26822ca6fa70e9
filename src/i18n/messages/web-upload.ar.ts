import type { Shape } from "./tree.ts";
import type { webUploadEn } from "./web-upload.en.ts";

export const webUploadAr: Shape<typeof webUploadEn> = {
  upload: {
    heading: "شبكتك",
    intro:
      "حُلّ شبكتك المالية، أو ابحث عن الحلقات في قائمة حوافك. يُقرأ الملف ويُحسب في هذا المتصفح: لا يغادر جهازك أبدًا.",
    choose: "اختر ملفًا",
    drop: "أو أفلته هنا",
    formats:
      "ملف شبكة بامتداد .json (بالصيغة الموصوفة في docs/network-format.md) أو قائمة حواف بامتداد .csv، أعمدتها src,dst,amount[,ts,id]. الحد الأقصى {limit}.",
    examples: "أو جرّب مثالًا:",
    exampleNetwork: "شبكة من ثلاثة مصارف",
    exampleEdges: "دفتر معاملات فيه حلقتان",
    reading: "جارٍ قراءة {name}…",
    file: "{name}، {size}",
    bytes: "{n} بايت",
    kib: "{n} كيلوبايت",
    mib: "{n} ميغابايت",
    tooLarge: "حجم {name} هو {size}، وهو أكبر من الحد {limit}. لم يُقرأ شيء.",
    unknownType: "{name}: تقرأ «حلقة» ملف شبكة ‎.json أو قائمة حواف ‎.csv.",
    invalid:
      "لا يمكن استخدام {name}: {count, plural, zero {# مشكلة} one {مشكلة واحدة} two {مشكلتان} few {# مشكلات} many {# مشكلةً} other {# مشكلة}}. لم يُحسب شيء.",
    line: "السطر {line}",
    network:
      "{nodes, plural, zero {# عقدة} one {عقدة واحدة} two {عقدتان} few {# عقد} many {# عقدةً} other {# عقدة}}، {liabilities, plural, zero {# التزام} one {التزام واحد} two {التزامان} few {# التزامات} many {# التزامًا} other {# التزام}}، {shocks, plural, zero {# صدمة} one {صدمة واحدة} two {صدمتان} few {# صدمات} many {# صدمةً} other {# صدمة}}",
    fileModel: "{model} (محدد في الملف)",
    needModel: "لا يحدد الملف نموذجًا: اختر واحدًا.",
    solved: "حُلّت خلال {ms} ميلي ثانية بنموذج {model} (عدد التكرارات: {iterations}).",
    failed: "تعذّر على النموذج حلّ هذه الشبكة: {reason}",
    defaults: "العقد المتعثرة: {count} من أصل {nodes}.",
    nodeTable: "لكل عقدة",
    recovery: "نسبة السداد",
    relativeLoss: "الملكية المفقودة",
    mapTitle: "التعثرات في شبكتك",
    mapLabel: "شبكتك: عدد العقد {nodes}، المتعثرة منها {count}.",
    tooBigToDraw:
      "عدد العقد أكبر من أن يُرسم ({nodes, plural, zero {# عقدة} one {عقدة واحدة} two {عقدتان} few {# عقد} many {# عقدةً} other {# عقدة}})؛ الجدول يسردها كلها.",
    edges:
      "{rows, plural, zero {# صف} one {صف واحد} two {صفان} few {# صفوف} many {# صفًا} other {# صف}}: {nodes, plural, zero {# عقدة} one {عقدة واحدة} two {عقدتان} few {# عقد} many {# عقدةً} other {# عقدة}}، {edges, plural, zero {# حافة} one {حافة واحدة} two {حافتان} few {# حواف} many {# حافةً} other {# حافة}}.",
    selfLoops:
      "صفوف تدفع لنفسها فتُستبعد من الحلقات: {count, plural, zero {# صف} one {صف واحد} two {صفان} few {# صفوف} many {# صفًا} other {# صف}}.",
    maxLength: "أطول حلقة",
    loopsFound:
      "عدد الحلقات: {found} · أقصى طول (بالخطوات): {max} · مرتّبةً حسب عنق الزجاجة، من الأكبر إلى الأصغر.",
    loopsTruncated: "توقف البحث بعد العثور على {found} من الحلقات، وهناك المزيد.",
    noLoops: "لا حلقات: لا يعود المال أبدًا إلى حيث خرج.",
    total: "المجموع",
    multiplier: "مضاعف الدوران {value}: {flow} من المدفوعات داخل الشبكة مقابل {outside} دخلت إليها.",
    selfShare: "أموالها العائدة",
    circularityTooLarge:
      "لا تُحسب الدائرية إلا لشبكة لا يتجاوز عدد عقدها {limit}؛ وعدد العقد في هذا الرسم {nodes}.",
  },
};
