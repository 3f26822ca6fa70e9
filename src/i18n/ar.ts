/** الرسائل العربية: المفاتيح نفسها التي في en.ts، ويتحقق المترجم واختبار التكافؤ من اكتمالها. */
import type { Messages } from "./en.ts";
import { countNoun, countText, formatPercent, percentSign } from "./format.ts";

import { sheetsAr } from "./sheets-ar.ts";

type P = Record<string, unknown>;
const list = (x: unknown) => (Array.isArray(x) ? x.join("، ") : String(x));
const rowsInAll = (p: P) => (Number(p.total) > 1 ? ` (${p.total} صفًا في المجموع)` : "");

export const ar: Messages = {
  problems: {
    "yaml-syntax": (p: P) => `خطأ في صياغة YAML: ${p.detail}`,
    "yaml-too-deep": () =>
      "الملف متداخل بعمق لا تمكن قراءته (آلاف المستويات من القوائم أو الخرائط)؛ قلّل مستويات التداخل",
    required: (p: P) => `حقل مطلوب مفقود${p.field ? `: ${p.field}` : ""}`,
    "invalid-type": (p: P) => `المتوقع ${p.expected}، والموجود ${p.received}`,
    "unknown-field": (p: P) => `حقل غير معروف: ${list(p.keys)}`,
    "not-finite": (p: P) =>
      `يُقرأ هذا الرقم ${p.value}، لا مبلغاً محدوداً (⁦1e309⁩ يتجاوز أكبر رقم يحفظه الحاسوب، و⁦.inf⁩ و⁦.nan⁩ ليسا مبلغين)؛ اكتب رقماً عادياً`,
    "invalid-enum": (p: P) => `يجب أن تكون القيمة إحدى: ${list(p.values)}`,
    "invalid-value": () => "قيمة غير صالحة",
    "too-small": (p: P) => `القيمة أصغر أو أقصر من المسموح (الحد الأدنى ${p.minimum})`,
    "too-big": (p: P) => `القيمة أكبر أو أطول من المسموح (الحد الأقصى ${p.maximum})`,
    "invalid-format": (p: P) => `ليست صيغة ${p.format} صحيحة`,
    "invalid-id": () =>
      "المعرّفات بصيغة kebab-case: حروف لاتينية صغيرة وأرقام تفصل بينها شرطات (مثل nvidia-openai-loi)",
    "invalid-date": (p: P) => `ليس تاريخًا بصيغة ISO (YYYY أو YYYY-MM أو YYYY-MM-DD): ${p.value ?? ""}`.trim(),
    "invalid-period": () => "ليست فترة صحيحة (2024، 2025-H1، 2025-Q3، FY2026، FY2026-Q3، 2025-2028)",
    "missing-arabic": () => "يجب أن يُكتب الاسم العربي بالحروف العربية",
    "figure-empty": () => "الرقم يحتاج إلى قيمة (value) أو حد أدنى (low) و/أو حد أعلى (high)",
    "figure-unsourced": () => "كل رقم يحتاج إلى معرّف مصدر واحد على الأقل في `sources`",
    "deal-unsourced": () => "كل صفقة تحتاج إلى معرّف مصدر واحد على الأقل في `sources`",
    "negative-amount": (p: P) => `لا يجوز أن يكون المبلغ سالبًا (${p.value})`,
    "low-above-high": (p: P) => `الحد الأدنى (${p.low}) أكبر من الحد الأعلى (${p.high})`,
    "value-outside-range": (p: P) => `القيمة ${p.value} خارج نطاقها [${p.low ?? "…"}، ${p.high ?? "…"}]`,
    "percent-over-100": (p: P) => `لا يجوز أن تتجاوز النسبة المئوية 100 (${p.value})`,
    "stakes-over-100": (p: P) => `مجموع حصص الرعاة ${p.total}%، أي أكثر من 100%`,
    "unit-kind-mismatch": (p: P) => `الوحدة ${p.unit} لا تناسب تدفقًا من نوع ${p.kind}`,
    "self-flow": (p: P) => `لا يجوز أن يتدفق شيء من ${p.entity} إلى نفسه`,
    "flow-empty": () =>
      "التدفق يحتاج إلى واحدة على الأقل من: المُعلن (announced) أو الملتزم به (committed) أو المدفوع (paid)",
    "schedule-duplicate-year": (p: P) => `السنة ${p.year} مكررة في الجدول الزمني`,
    "period-overdetermined": () => "حدِّد إما `end` أو `years`، لا كليهما",
    "period-end-before-start": (p: P) => `تنتهي الفترة (${p.end}) قبل أن تبدأ (${p.start})`,
    "status-out-of-order": (p: P) => `سجل الحالة غير مرتب زمنيًا: ${p.date} يأتي بعد ${p.previous}`,
    "source-unlocated": () => "المصدر يحتاج إلى رابط (`url`) أو ملف (`file`)",
    "duplicate-id": (p: P) => `المعرّف "${p.id}" مكرر في ${p.collection} (عُرِّف أولًا في ${p.firstFile})`,
    "unknown-source": (p: P) => `مصدر غير معروف "${p.id}"`,
    "unknown-entity": (p: P) => `جهة غير معروفة "${p.id}"`,
    "unknown-deal": (p: P) => `صفقة غير معروفة "${p.id}"`,
    "ambiguous-entity": (p: P) => `"${p.id}" يطابق أكثر من جهة: ${list(p.matches)}`,
    "date-order": (p: P) => `تبدأ الفترة (${p.since}) بعد أن تنتهي (${p.until})`,
    "link-missing-deal": (p: P) => `الرابط يشير إلى صفقة غير موجودة: "${p.id}"`,
    "link-to-self": (p: P) => `لا يجوز أن ترتبط الصفقة بنفسها ("${p.id}")`,
    "duplicate-figure": (p: P) =>
      `الرقم ${p.entity} ${p.metric} ${p.period} مُدخل مرتين (أولًا في ${p.firstFile})؛ ضع الأرقام المتعارضة في \`alternatives\``,
    "dir-not-found": (p: P) => `مجلد البيانات غير موجود: ${p.dir}`,
    "dir-is-file": (p: P) => `${p.dir} ملف وليس مجلداً؛ اذكر مجلد البيانات الذي يحويه`,
    "no-data-files": (p: P) => `لا توجد ملفات ⁦.yaml⁩ في ${p.dir}`,
    "file-unreadable": (p: P) => `تعذّرت قراءة الملف: ${p.detail}`,
    "file-empty": () => "الملف فارغ",
    "parameter-missing": (p: P) =>
      `لا تتضمن البيانات المعامل ${list(p.ids)} الذي يحتاجه هذا التحليل: أضِفه إلى معاملات البيانات`,
    "collection-missing": (p: P) =>
      `${p.references} إحالة تسمّي ${p.ids} سجلاً من ${p.collection} لا يعرّفها أي ملف (مثل ${list(p.examples)})، بينما لا تعرّف الملفات سوى ${p.defined}: هل فُقد ملف؟ (تحفظها البيانات المرفقة في ${p.collection === "sources" ? "sources/" : `${p.collection}.yaml`})؛ لن تُسرد الإحالات منفردة حتى يُستعاد`,
    "yaml-alias-limit": (p: P) =>
      `يوسّع ملف YAML أكثر من ${p.limit} إحالة (⁦*name⁩)؛ يتوقف halqa عند هذا الحد، إذ قد تتضخم بضعة أسطر إلى جيجابايتات`,
    "invalid-utf8": (p: P) =>
      `النص ليس بترميز UTF-8: البايتات بدءاً من البايت ${p.offset} (العدّ من 0) لا تشكّل حرفاً صالحاً؛ احفظه بترميز UTF-8 (لا يخمّن halqa الترميز، إذ قد يُقرأ اسمان مختلفان عندئذ اسماً واحداً)`,
    "file-missing": () => "الملف غير موجود (تحقّق من المسار)",
    "file-is-directory": () => "هذا مجلد وليس ملفاً",
    "file-permission": () => "الإذن مرفوض: لا يحق لـ halqa قراءة هذا الملف",
    "graph-empty": () => "ملف الشبكة بلا صفوف: إنه فارغ أو لا يحوي إلا سطر العناوين",
    "graph-missing-columns": (p: P) =>
      `أعمدة مفقودة: ${list(p.missing)} (الموجود: ${list(p.found)})؛ كل حافة تحتاج إلى الأعمدة src و dst و amount`,
    "graph-missing-value": (p: P) =>
      `العمود ${p.column ?? ""} فارغ؛ كل حافة تحتاج إلى قيم في src و dst و amount`,
    "graph-bad-amount": (p: P) =>
      p.reason === "not-finite"
        ? `المبلغ ${p.value ?? ""} أكبر من أن يكون رقماً يمكن لـ halqa جمعه (سيُقرأ لانهائياً)؛ تحقّق من القيمة`
        : `المبلغ ليس رقمًا: ${p.value ?? ""} (اكتب أرقامًا مجردة مثل 1250000 أو 1.25e6، بلا فواصل للآلاف ولا رموز للعملات)`,
    "graph-negative-amount": (p: P) =>
      `لا يجوز أن يكون المبلغ سالبًا (${p.value})؛ لتسجيل مال يتدفق في الاتجاه المعاكس بدِّل بين src و dst`,
    "graph-bad-timestamp": (p: P) =>
      p.reason === "mixed-units"
        ? `الطابع الزمني ${p.value} بوحدة تختلف عن وحدة بقية الأرقام الزمنية في الملف (خلط بين الثواني والمللي ثانية)؛ وحِّد الوحدة أو صرِّح بها (s أو ms)`
        : `ليس طابعًا زمنيًا: ${p.value ?? ""} (استخدم تاريخًا أو تاريخًا ووقتًا بصيغة ISO 8601 مثل 2025-03-10 أو 2025-03-10T12:00:00Z، أو عدد الثواني أو المللي ثانية منذ بداية 1970)`,
    "graph-bad-json": (p: P) =>
      p.reason === "shape"
        ? 'ملف الشبكة بصيغة ⁦.json⁩ يحوي مصفوفة من الحواف، أو كائنًا فيه مصفوفة باسم "edges"'
        : p.column !== undefined
          ? `نص JSON غير صالح: السطر ${p.line}، العمود ${p.column}، وُجد ${p.found === "end" ? "نهاية النص" : `"${p.found}"`}`
          : `نص JSON غير صالح: ${p.detail ?? ""}`,
    "graph-bad-row": (p: P) =>
      ({
        "field-count": `عدد الحقول في هذا الصف ${p.found}، وعددها في سطر العناوين ${p.expected}`,
        "not-object": `كل حافة يجب أن تكون كائن JSON، والموجود ${p.found}`,
        "duplicate-column": "هذا العمود مكرر في سطر العناوين",
        type: `المتوقع نص أو رقم، والموجود ${p.found}`,
        "text-after-quote": 'نص بعد علامة التنصيص الختامية (داخل الحقل المنصَّص تُكتب علامة التنصيص هكذا "")',
        "unclosed-quote": "علامة تنصيص لم تُغلق، فيصير باقي الملف حقلًا واحدًا",
      })[String(p.reason)] ?? "تتعذر قراءة هذا الصف",
    "graph-too-large": (p: P) =>
      `حجم ملف ⁦.json⁩ ${Math.ceil(Number(p.bytes) / 2 ** 20)} ميبيبايت، وهو أكبر من الحد المسموح لملفات ⁦.json⁩ (${Number(p.limit) / 2 ** 20} ميبيبايت) لأنها تُقرأ دفعة واحدة؛ احفظه بصيغة CSV أو JSON Lines (⁦.jsonl⁩)، فهما تُقرآن تدفقيًا`,
    "graph-unreadable": (p: P) => `تعذّرت قراءة ملف الشبكة: ${p.detail}`,
    "graph-unknown-format": (p: P) =>
      `نوع ملف الشبكة "${p.extension ?? ""}" غير معروف؛ استخدم ⁦.csv⁩ أو ⁦.jsonl⁩ أو ⁦.ndjson⁩ أو ⁦.json⁩`,
    "invalid-duration": (p: P) =>
      `ليست مدة صالحة: "${p.value ?? ""}" (رقم تليه وحدة: 90s، 30m، 12h، 365d، 2w، 1y)`,
    "unknown-parameter": (p: P) => `معامل غير معروف؛ معاملات هذه الواجهة: ${list(p.allowed ?? [])}`,
    "reserved-parameter": (p: P) => `"${p.name}" ليس اسم معامل تقبله أي نقطة وصول`,
    "not-positive": (p: P) =>
      `يجب أن تكون القيمة أكبر من 0 (القيمة المعطاة ${p.value}): لا معنى لعمر إنتاجي يساوي صفراً أو أقل`,
    "repeated-parameter": () => "المعامل مكرر؛ اذكر كل معامل مرة واحدة",
    "invalid-choice": (p: P) => `"${p.value ?? ""}" ليست من القيم المسموحة: ${list(p.values ?? [])}`,
    "invalid-year": (p: P) => `ليست سنة من أربعة أرقام: "${p.value ?? ""}"`,
    "invalid-integer": (p: P) => `ليس عددًا صحيحًا: "${p.value ?? ""}"`,
    "invalid-number": (p: P) =>
      Math.abs(Number(p.value)) === Number.POSITIVE_INFINITY
        ? `"${p.value}" أكبر من أن يكون رقماً محدوداً (سيُقرأ لانهائياً)`
        : `ليس رقمًا: "${p.value ?? ""}" (اكتب أرقامًا مجردة مثل 1000000 أو 1e6)`,
    "out-of-range": (p: P) =>
      p.minimum !== undefined
        ? `يجب ألا تقل القيمة عن ${p.minimum} (القيمة المعطاة ${p.value})`
        : p.maximum !== undefined
          ? `يجب ألا تزيد القيمة على ${p.maximum} (القيمة المعطاة ${p.value})`
          : "القيمة خارج النطاق المسموح",
    "invalid-boolean": (p: P) => `ليست قيمة نعم/لا: "${p.value ?? ""}" (استخدم 1 أو 0 أو true أو false)`,
    "year-conflict": () => "حدِّد year، أو from و to، لا كليهما",
    "year-order": (p: P) => `تبدأ الفترة (${p.from}) بعد أن تنتهي (${p.to})`,
    "window-needs-temporal": () => "المعامل window خاص بالحلقات الزمنية: أضف temporal=1",
    "exposure-target": () => "حدِّد معرّف جهة (⁦/api/exposure/{id}⁩) أو rank=1",
    "not-found": (p: P) => `لا توجد واجهة أو ملف بهذا المسار: ${p.path ?? ""}`.trim(),
    "method-not-allowed": (p: P) =>
      `الطريقة ${p.method ?? ""} غير مسموحة على هذا المسار (الطرق المسموحة: ${p.allow ?? "GET, HEAD"})`,
    "body-too-large": (p: P) => `جسم الطلب أكبر من الحد المسموح (${p.limit} بايت)`,
    "body-on-read": (p: P) => `طلب ${p.method ?? "GET"} لا يحمل جسماً: أرسله من دون جسم`,
    "body-aborted": () => "انقطع جسم الطلب قبل اكتماله (أُغلق الاتصال)",
    "invalid-path": () => "هذا المسار غير مسموح (يخرج من مجلد الموقع أو يحوي .. أو شرطة مائلة عكسية أو NUL)",
    "host-not-allowed": (p: P) =>
      `لا يجيب هذا الخادم عن الطلبات الموجهة إلى المضيف "${p.host}" (يجيب عن: ${list(p.allowed ?? [])})؛ شغّله مع ⁦--allow-host⁩ ${p.name || "NAME"} إن كان هذا الاسم لك`,
    "serve-not-loopback": (p: P) =>
      `الاستماع على "${p.host}" يتيح الوصول من أجهزة أخرى، والواجهة بلا مصادقة؛ لا يُجاب إلا عن الطلبات التي تسمّي localhost أو هذا العنوان أو اسماً في ⁦--allow-host⁩`,
    "serve-host-unknown": (p: P) => `تعذّر الاستماع على "${p.host}": لا يوجد مضيف بهذا الاسم (تحقّق من ⁦--host⁩)`,
    "serve-host-not-local": (p: P) =>
      `تعذّر الاستماع على "${p.host}": هذا العنوان لا يخص هذا الجهاز (استخدم 127.0.0.1 أو عنوان إحدى واجهاته)`,
    "cli-internal-error": (p: P) =>
      `أوقف halqa خطأ غير متوقع (${p.detail})؛ هذا خلل في halqa لا في بياناتك — يُرجى الإبلاغ عنه (يعرض HALQA_DEBUG=1 التفاصيل)`,
    "internal-error": () => "حدث خطأ غير متوقع في الخادم، وقد سُجِّل",
    "analysis-failed": (p: P) => `تعذّر إكمال التحليل: ${p.reason ?? "دون سبب مذكور"}`,
    "self-liability": (p: P) => `لا يمكن للعقدة أن تكون مدينة لنفسها (${p.node})`,
    "holdings-over-100": (p: P) =>
      `حصص ${p.kind === "debt" ? "الدَّين" : "الملكية"} في ${p.issuer} مجموعها ${p.total}%، أي أكثر من 100%`,
    "unknown-node": (p: P) => `عقدة غير معروفة "${p.id}"`,
    "duplicate-node": (p: P) => `معرّف العقدة "${p.id}" مكرر (أول ظهور في nodes[${p.first}])`,
    "fraction-out-of-range": (p: P) => `يجب أن تكون النسبة بين 0 و1 (القيمة ${p.value})`,
    "months-not-positive": (p: P) => `يجب أن يكون التأخير عددًا موجبًا من الأشهر (القيمة ${p.value})`,
    "scenario-unknown-parameter": (p: P) => `لا يوجد في البيانات معامل أو مؤشر باسم "${p.id}"`,
    "scenario-no-revenue": (p: P) => `لا تذكر البيانات إيرادات لـ "${p.id}"، فلا شيء يمكن خفضه`,
    "distribution-not-positive": (p: P) => `يجب أن يكون ${p.name} في التوزيع موجبًا (القيمة ${p.value})`,
    "distribution-min-above-max": (p: P) => `الحد الأدنى للتوزيع (${p.min}) أكبر من حده الأعلى (${p.max})`,
    "distribution-mode-outside": (p: P) => `المنوال ${p.mode} يقع خارج [${p.min}، ${p.max}]`,
    "distribution-leaves-range": (p: P) =>
      `قد تقع العينات في [${p.low}، ${p.high}] خارج المسموح [${p.min}، ${p.max}]: ضيّق التوزيع أو أضف clip: true`,
    "unknown-site": (p: P) => `موقع غير معروف "${p.id}" (data/ai-economy/sites.yaml)`,
    "region-needs-delay": () => "تنطبق المنطقة على التأخير فقط: أضف delayMonths",
    "no-site-in-region": (p: P) => `لا يوجد في البيانات موقع في المنطقة أو الدولة "${p.region}"`,
    "delay-beyond-horizon": (p: P) =>
      `تأخير ${countText("ar", p.months, "month")} أطول من أفق اختبار الضغط البالغ ${countText("ar", p.horizon, "year")}`,
    "csv-empty": () => "لا يحتوي الملف على صفوف: إنه فارغ أو يضم سطر العناوين فقط",
    "csv-columns": (p: P) =>
      `${(p.missing as string[] | undefined)?.length ? `أعمدة ناقصة: ${list(p.missing)}؛ ` : ""}${(p.unknown as string[] | undefined)?.length ? `أعمدة غير معروفة: ${list(p.unknown)}؛ ` : ""}الأعمدة المطلوبة: ${list(p.expected)}`,
    "csv-bad-row": (p: P) =>
      ({
        "field-count": `في هذا الصف ${p.found} حقول بينما في سطر العناوين ${p.expected}`,
        "text-after-quote": 'يوجد نص بعد علامة اقتباس الإغلاق (داخل حقل مقتبس اكتب علامة الاقتباس هكذا "")',
        "unclosed-quote": "علامة اقتباس لم تُغلق، فسيصبح باقي الملف حقلًا واحدًا",
      })[String(p.reason)] ?? "تعذّرت قراءة هذا الصف",
    "duplicate-row": (p: P) => `الصف نفسه مكرر (ورد أولًا في السطر ${p.first})`,
    "weights-over-100": (p: P) => `مجموع أوزان ${p.index} يبلغ ${p.total}%، أي أكثر من 100%`,
    "ledger-missing": (p: P) =>
      p.wildcards
        ? `ملف السجل غير موجود: يُقرأ المسار اسمًا لملف واحد يحوي ${list(p.wildcards)}؛ لقراءة الملفات المطابقة له نمطًا أضف ⁦--glob⁩`
        : "ملف السجل غير موجود (تحقّق من المسار)",
    "ledger-empty": () => "السجل بلا معاملات: الملف فارغ أو لا يحوي إلا سطر العناوين",
    "ledger-unreadable": (p: P) =>
      `تعذّرت قراءة ملف السجل${p.format ? ` بصيغة ${p.format}` : ""}: ${p.detail ?? ""}`,
    "ledger-missing-columns": (p: P) =>
      `تعذّر تحديد العمود الذي يمثّل ${list(p.missing)} (الموجود: ${list(p.found)})؛ سمِّه بالخيارات ⁦--src⁩ و⁦--dst⁩ و⁦--ts⁩ و⁦--amount⁩`,
    "ledger-unknown-column": (p: P) =>
      `الخيار ${p.flag} يسمّي العمود "${p.column}" وهو غير موجود في الملف (الموجود: ${list(p.found)})`,
    "ledger-column-type": (p: P) =>
      `نوع العمود "${p.column}" (${p.role}) هو ${p.type}؛ يجب أن يكون ${p.expected}`,
    "ledger-missing-value": (p: P) => `الصف ${p.row}: ${p.column ?? "قيمة مطلوبة"} فارغ${rowsInAll(p)}`,
    "ledger-bad-amount": (p: P) =>
      Math.abs(Number(p.value)) === Number.POSITIVE_INFINITY
        ? `الصف ${p.row}: المبلغ ${p.value} أكبر من أن يكون رقماً محدوداً (سيُقرأ لانهائياً)${rowsInAll(p)}`
        : `الصف ${p.row}: المبلغ ليس رقمًا: ${p.value ?? ""} (اكتب أرقامًا مجردة مثل 1250000 أو 1.25e6، بلا فواصل للآلاف ولا رموز للعملات)${rowsInAll(p)}`,
    "ledger-negative-amount": (p: P) =>
      `الصف ${p.row}: لا يجوز أن يكون المبلغ سالبًا (${p.value})؛ لتسجيل مال يتدفق في الاتجاه المعاكس بدِّل بين الدافع والمستفيد${rowsInAll(p)}`,
    "ledger-bad-timestamp": (p: P) =>
      `الصف ${p.row}: ليس طابعًا زمنيًا: ${p.value ?? ""} (استخدم تاريخًا ووقتًا بصيغة ISO 8601 مثل 2025-03-10T12:00:00Z، أو عدد الثواني أو المللي ثانية منذ بداية 1970)${rowsInAll(p)}`,
    "ledger-mixed-time-zones": (p: P) =>
      `الصف ${p.row}: القيمة ${p.value ?? ""} ${p.offset ? "فيها فارق توقيت" : "بلا فارق توقيت"}، بينما ${p.offset ? p.withoutOffset : p.withOffset} صفًا آخر ${p.offset ? "بلا فارق" : "فيها فارق"}؛ لا يمكن ترتيب سجل يخلط بين الاثنين زمنيًا (أعطِ كل الأوقات فارق توقيت أو لا تعطِه لأيّ منها)`,
    "ledger-mixed-units": (p: P) =>
      `الصف ${p.row}: الرقم الزمني ${p.value ?? ""} بوحدة تختلف عن البقية (${p.seconds} تبدو ثواني و${p.milliseconds} تبدو مللي ثانية)؛ وحِّد الوحدة أو صرِّح بها بالخيار ⁦--ts-unit⁩ s|ms`,
    "output-is-input": (p: P) =>
      `الملف ${p.file} هو ملف المدخلات${p.input !== p.file ? ` (${p.input})` : ""}: الكتابة فوقه تتلفه، مع ⁦--force⁩ أو بدونه؛ اختر ملفًا آخر للخيار ⁦--out⁩`,
    "output-inside-input": (p: P) =>
      `الملف ${p.file} يقع داخل مجلد المدخلات ${p.input}: قد يحلّ الناتج محلّ البيانات التي يُقرأ منها أو يختلط بها؛ اختر ملفًا للخيار ⁦--out⁩ خارج هذا المجلد`,
    "output-exists": (p: P) =>
      `الملف ${p.file} موجود من قبل وبقي على حاله؛ أضف ⁦--force⁩ لاستبداله، أو اختر ملفًا آخر للخيار ⁦--out⁩`,
    "output-is-directory": (p: P) => `${p.file} مجلد، والخيار ⁦--out⁩ يأخذ اسم ملف`,
    "workers-capped": (p: P) =>
      `العدد ⁦--workers⁩ ${p.asked} يتجاوز عدد أنوية هذا الجهاز (${p.cores})، لذا ستُستخدم ${p.used} من مسارات التنفيذ`,
    "ledger-glob-empty": (p: P) => `لا يوجد ملف يطابق النمط ${p.pattern} (⁦--glob⁩)`,
    "server-busy": (p: P) =>
      `الخادم مشغول: ${p.running} من العمليات الحسابية الثقيلة قيد التنفيذ و${p.queued} في الانتظار، وهو الحد الأقصى؛ أعد المحاولة بعد ${p.retryAfter} ثانية`,
    "invalid-json": (p: P) =>
      p.line !== undefined
        ? `ليس JSON صالحًا: السطر ${p.line}، العمود ${p.column}، وُجد ${p.found === "end" ? "نهاية النص" : `"${p.found}"`}`
        : "ليس JSON صالحًا",
    "empty-body": () => "الطلب بلا جسم؛ أرسل المدخلات بصيغة JSON",
    "unsupported-media-type": (p: P) =>
      `يجب إرسال الجسم بصيغة JSON (Content-Type: application/json)، لا ${p.type ?? "دون نوع"}`,
    "post-only": (p: P) => `الطريقة ${p.method ?? "هذه"} غير مسموحة هنا: أرسل طلب POST بجسم JSON`,
    "unknown-scenario": (p: P) => `لا يوجد سيناريو مرفق بالمعرّف "${p.id}"؛ المعروف: ${list(p.known ?? [])}`,
    "no-convergence": (p: P) =>
      `لم يتقارب النموذج ${p.model} خلال ${p.iterations} تكرار (أكبر تغيّر ${p.residual})`,
    "invalid-model-option": (p: P) => `أحد خيارات النموذج ${p.model} مستحيل: ${p.detail}`,
    "network-too-large": (p: P) =>
      `في الشبكة ${p.nodes} عقدة و${p.links} رابطًا؛ الحد ${p.maxNodes} عقدة و${p.maxLinks} رابط`,
    "unknown-job": (p: P) =>
      `لا توجد مهمة مونت كارلو بالمعرّف "${p.id}": لم تبدأ قط، أو انتهت وحُذفت بعد دقائق`,
    "too-many-jobs": (p: P) =>
      p.scope === "client"
        ? `لديك ${p.limit} من مهام مونت كارلو قيد التشغيل؛ انتظر انتهاء إحداها أو ألغها`
        : `يشغّل الخادم الحد الأقصى من مهام مونت كارلو (${p.limit})؛ أعد المحاولة بعد قليل`,
    "no-distributions": (p: P) =>
      `السيناريو "${p.id}" بلا توزيعات احتمالية: ستتطابق العينات كلها؛ شغّله مرة واحدة عبر POST /api/stress`,
    "sample-failed": (p: P) =>
      `فشلت العينة ${p.sample} (بذرة التشغيل ${p.seed}، بذرة العينة ${p.sampleSeed}): ${p.reason}`,
    "run-failed": () => "توقف تشغيل مونت كارلو بسبب خطأ غير متوقع؛ سجّله الخادم",
  },
  enums: {
    status: {
      rumored: "شائعة",
      talks: "قيد التفاوض",
      loi: "خطاب نوايا",
      mou: "مذكرة تفاهم",
      announced: "مُعلنة",
      signed: "موقّعة",
      closed: "مُنجزة",
      funded: "مموّلة",
      revised: "معدّلة",
      terminated: "ملغاة",
      replaced: "حلّت محلها صفقة أخرى",
      unreported: "لم يُعلن بعد",
    },
    flowKind: {
      cash: "نقد",
      equity: "حصص ملكية",
      warrant: "ضمانات شراء أسهم",
      compute: "حوسبة",
      chips: "رقائق",
      memory: "ذاكرة",
      power: "طاقة",
      guarantee: "ضمان",
    },
    timing: {
      schedule: "وفق جدول زمني",
      spread: "موزّع على الفترة",
      "at-start": "عند بداية الفترة",
      "at-announcement": "عند الإعلان",
    },
    reason: {
      conditional: "مشروط",
      "not-binding": "غير ملزم",
      terminated: "ملغى",
      overlap: "متداخل",
      replaced: "حلّت محله صفقة لاحقة",
      "reported-only": "تقارير صحفية فقط (مفاوضات وشائعات)",
    },
    dealType: {
      "equity-investment": "استثمار في حصص",
      "compute-commitment": "التزام حوسبة",
      "chip-supply": "توريد رقائق",
      "vendor-financing": "تمويل الموردين",
      warrant: "ضمانات شراء أسهم",
      lease: "إيجار",
      loan: "قرض",
      bond: "سندات",
      "private-credit": "الائتمان الخاص",
      guarantee: "ضمان",
      "spv-financing": "تمويل عبر شركة ذات غرض خاص",
      "power-purchase": "شراء طاقة",
      acquisition: "استحواذ",
      partnership: "شراكة",
      "revenue-share": "تقاسم إيرادات",
      licensing: "ترخيص",
      divestment: "تخارج",
      "joint-venture": "مشروع مشترك",
    },
    contingent: {
      "spv-debt": "ديون شركة ذات غرض خاص ترعاها",
      guarantee: "ضمان",
      backstop: "تعهد احتياطي",
      lease: "إيجار",
      "residual-value-guarantee": "ضمان القيمة المتبقية",
      "sponsor-guarantee": "ضمان الراعي",
    },
    entityKind: {
      "ai-lab": "مختبر ذكاء اصطناعي",
      chipmaker: "صانع رقائق",
      hyperscaler: "مزوّد سحابي عملاق",
      neocloud: "سحابة ناشئة",
      "datacenter-developer": "مطوّر مراكز بيانات",
      power: "طاقة",
      investor: "مستثمر",
      lender: "مُقرض",
      spv: "شركة ذات غرض خاص",
      government: "حكومة",
      index: "مؤشر",
      other: "أخرى",
    },
  },
  ui: {
    valid: (p: P) =>
      `البيانات سليمة: ${countText("ar", p.files, "file")}، ${countText("ar", p.records, "record")}.`,
    invalid: (p: P) => `${countText("ar", p.count, "problem")} في ${countText("ar", p.files, "file")}.`,
    summaryTitle: "حلقة — اقتصاد الذكاء الاصطناعي الدائري، من البيانات المرفقة",
    asOf: "بتاريخ",
    basis: "الأساس",
    announced: "المُعلن",
    committed: "الملتزم به",
    paid: "المدفوع",
    money: "التدفقات المالية (بالدولار، والمتداخل يُحسب مرة واحدة)",
    contingent: "الضمانات والتعهدات الاحتياطية (التزامات محتملة، بالدولار)",
    gigawatts: "قدرة الحوسبة (جيجاوات، كل جيجاوات مرة واحدة، سنة الذروة)",
    totalsByBasis: "الإجماليات حسب أساس القيمة",
    counts: "محتوى مجموعة البيانات",
    entitiesByKind: "الجهات حسب النوع",
    dealsByType: "الصفقات حسب النوع",
    dealsByStatus: "الصفقات حسب الحالة",
    largestDeals: "أكبر الصفقات (بالدولار)",
    sourcesByPublisher: "المصادر حسب الناشر",
    deal: "الصفقة",
    type: "النوع",
    status: "الحالة",
    parties: "الأطراف",
    range: "النطاق",
    count: "العدد",
    kind: "النوع",
    outlet: "الناشر",
    year: "السنة",
    from: "من",
    to: "إلى",
    amount: "المبلغ",
    flags: "ملاحظات",
    conditional: "مشروط",
    total: "الإجمالي",
    excluded: (p: P) =>
      `استُبعد ${countText("ar", p.count, "flow")} على هذا الأساس (${p.reasons})؛ يسردها الخيار ⁦--json⁩.`,
    countedIn: (p: P) => `محسوب ضمن ${p.deal}`,
    replacedBy: (p: P) => `حلّت محلها ${p.deal} اعتبارًا من ${p.date}`,
    estimateMark: "≈",
    listSeparator: "، ",
    estimate: "تقدير",
    restsOn: (p: P) => `تستند إلى: ${p.what}`,
    announcementOnly: "إعلان لم يُوقَّع بعد",
    totalsNotes: (p: P) =>
      `الرقم الرئيسي: ${p.committed} ملتزم بها (ملزمة)، و${p.announced} معلنة. لا تدخل في الإجماليات: ${p.reported} لا تستند إلا إلى تقارير صحفية (مفاوضات وشائعات؛ يضيفها الخيار ⁦--include-reported⁩)، و${p.replaced} من صفقات حلّت محلها صفقات لاحقة. ومن الإجمالي المعلن، يستند ${p.estimated} إلى تقديرات (مؤشَّر عليها بـ ≈).`,
    loopLength: (p: P) => `${countText("ar", p.length, "step")}`,
    temporalWindow: (p: P) => `مرتبة زمنيًا، ضمن نافذة ${p.window}`,
    loopsFound: (p: P) =>
      `عُثر على ${countText("ar", p.found, "loop")}؛ تُعرض ${p.shown}، الأكبر عنق زجاجة أولًا.`,
    noLoops: "لا توجد حلقات مطابقة.",
    flagNonBinding: "تستند إلى صفقة غير ملزمة",
    flagIncludesNonBinding: "تتضمن صفقة غير ملزمة",
    flagConditional: "تستند إلى شريحة مشروطة",
    flagIncludesConditional: "تتضمن شريحة مشروطة",
    bottleneck: "عنق الزجاجة",
    loopTotal: "الإجمالي",
    days: (p: P) => `${countText("ar", p.days, "day")}`,
    rowsRead: (p: P) => `قُرئ ${countText("ar", p.rows, "row")}`,
    graphInvalid: (p: P) => `${p.file}: ${countText("ar", p.count, "problem")}؛ لم يُجرَ أي بحث.`,
    graphNoTimestamps: (p: P) => `لا يحتوي ${p.file} على عمود ts: الخيار ⁦--temporal⁩ يحتاج إلى طوابع زمنية.`,
    graphSummary: (p: P) =>
      `${p.file}: ${countText("ar", p.rows, "row")}، ${countText("ar", p.nodes, "node")}، ${countText("ar", p.edges, "edge")}؛ استغرق البحث ${p.seconds} ثانية.`,
    selfLoops: (p: P) => `${p.count} حلقة ذاتية (مدفوعات إلى الذات) تُعرض منفصلة، لا بوصفها حلقات.`,
    multiplierLine: (p: P) =>
      `مضاعف الدوران ${p.multiplier}: مدفوعات بقيمة ${p.flow} داخل الشبكة مقابل ${p.outside} دخلت من خارجها.`,
    nullLine: (p: P) =>
      `النموذج الصفري (${p.samples} إعادة توصيل تحفظ الدرجات): متوسط المضاعف ${p.mean}، القيمة الاحتمالية ${p.p}.`,
    circularTitle: "من أين تأتي مقبوضات كل جهة",
    entity: "الجهة",
    receipts: "المقبوضات",
    ownMoneyBack: "أموالها العائدة إليها (المزج)",
    fromOutside: "من خارج الشبكة",
    topOrigins: "من جهات أخرى (الأكبر)",
    pValue: "القيمة الاحتمالية",
    closedLoops: (p: P) => `دوائر مغلقة (أموال لم تدخل ولم تخرج): ${p.groups}`,
    loopsTitle: "أموال الجهة العائدة إليها عبر الحلقات (قابلة للتتبع)",
    loopShare: "أموالها العائدة عبر الحلقات",
    loopCount: "الحلقات",
    largestLoop: "أكبر حلقة (حصتها)",
    mixingShare: "حصة المزج النسبي (كل المسارات)",
    pValueMixing: "القيمة الاحتمالية (حصة المزج)",
    pValueLoops: "القيمة الاحتمالية (الحلقات)",
    loopNullIncomplete: "توقف بحث عن الحلقات في النموذج الصفري عند حدّه: القيم الاحتمالية للحلقات تقريبية.",
    loopSearchLine: (p: P) =>
      `تتبّعنا الحلقات بحدّ أقصى للدفعات في الحلقة الواحدة ${p.maxLength}، وعدد الحلقات التي عُثر عليها ${p.cycles}. حصة الحلقة هي حاصل ضرب ما يدفعه كل طرف فيها إلى التالي من مجمل أمواله، خطوةً خطوة.`,
    loopSearchIncomplete: "توقف البحث عن الحلقات عند حدّه: حصص الحلقات حدود دنيا.",
    originsTitle: "من جهات أخرى (المزج النسبي) والسلاسل التي تنقلها",
    originsHint:
      "تفترض حصص المزج أن كل جهة تدفع مزيجًا متوسطًا من كل ما تلقّته. السلاسل المدرجة تنقل الجزء الذي يمكن للقارئ تتبّعه دفعةً دفعة، أما الباقي فقد دار في حلقة في طريقه (docs/methods/circularity.md).",
    origin: "المصدر",
    tracedShare: "عبر سلاسل بسيطة",
    mainChain: "أكبر سلسلة (حصتها)",
    chain: "السلسلة",
    chainShare: "الحصة من الأموال المارّة بها",
    loop: "الحلقة",
    comesBack: "يعود",
    loopBottleneck: "عنق الزجاجة",
    entityCircularLine: (p: P) =>
      `${p.entity}: الأموال المارّة بها ${p.receipts} (مقبوضاتها مضافًا إليها أموالها الآتية من خارج الشبكة). أموالها العائدة عبر الحلقات ${p.loops} (${p.amount})، وعدد الحلقات ${p.count}؛ حصة المزج الذاتية ${p.mixing}؛ من خارج الشبكة ${p.outside}.`,
    loopDeals: "الصفقات في كل خطوة من هذه الحلقات",
    onNoLoop: "لا تقع على أي حلقة: لا يعود إليها شيء من أموالها.",
    noCashHere: (p: P) => `${p.entity} لا تدفع ولا تتلقى أي نقد في هذا العرض: لا شيء لتتبّعه.`,
    throughput: "الأموال المارّة بها",
    pathsIncomplete: "توقف البحث عن السلاسل عند حدّه: حصص السلاسل حدود دنيا.",
    none: "لا شيء",
    share: "الحصة",
    betweenness: "البينية",
    hhiLine: (p: P) =>
      `مؤشر هيرفندال-هيرشمان ${p.hhi} (${p.points} من ${p.scale})، أي ما يعادل ${p.equivalent} أطراف متساوية.`,
    customers: "من يدفع لها (عملاء، مستثمرون، مقرضون)",
    suppliers: "لمن تدفع (موردون، شركات مستثمر فيها، مقترضون)",
    fromInvestees: "إيرادات من الشركات التي تستثمر فيها",
    fromInvesteesLine: (p: P) => `${p.amount} (${p.share} مما تتلقاه) من ${p.from}.`,
    vendorFinancing: "نسبة تمويل المورّد",
    vendorFinancingLine: (p: P) =>
      `استثماراتها في عملائها ${p.invested} ÷ الإيرادات ${p.revenue} = ${p.ratio}.`,
    offBalanceSheet: "الالتزامات خارج الميزانية العمومية",
    offBalanceLine: (p: P) => `مجموع المبالغ المذكورة ${p.total}؛ و${p.unpriced} تعهدًا بلا مبلغ في أي مصدر.`,
    notStated: "غير مذكور",
    ranking: "مكانتها في الشبكة",
    rankLine: (p: P) =>
      `الترتيب في PageRank رقم ${p.pr}، وفي البينية رقم ${p.bc}، وفي الحصة الدائرية رقم ${p.circular} (${p.share}) من بين ${p.of} جهة.`,
    revenueShare: {
      reportedRevenue: "الإيرادات المعلنة",
      fromInvesteesShort: "من شركات تستثمر فيها",
      outsideShort: "خارج قاعدة البيانات",
      unknownShort: "غير معروفة",
      ownMoneyBackShort: "أموالها العائدة إليها",
      ownMoneyBack: (p: P) =>
        `ومن المقبوضات أموالها نفسها عائدةً إليها (بالتتبع النسبي لتدفقات كل سنة): ${p.amount}، أي ${p.share} من الإيرادات المعلنة.`,
      excessShort: (p: P) => `تتجاوز الإيرادات بنسبة ${p.share}`,
      period: "الفترة",
      sources: "المصادر",
      datasetShare: "الحصة من تدفقات قاعدة البيانات",
      allYearsFromInvestees: (p: P) => `كل السنوات في قاعدة البيانات: ${p.amount} من ${p.from}.`,
      flowsTitle: (p: P) => `${p.title}: كل سنوات التدفقات في قاعدة البيانات`,
      title: "الحصة من الإيرادات المعلنة، حسب السنة المالية",
      fiscalYear: (p: P) => `السنة المالية ${p.year}`,
      yearHeading: (p: P) => `${p.period}: من ${p.start} إلى ${p.end}${p.projected}`,
      projected: " (تواريخ مُسقطة من آخر سنة معلنة)",
      revenueLine: (p: P) => `الإيرادات المعلنة ${p.revenue} (المصادر: ${p.sources}).`,
      unknown: (p: P) =>
        `الإيرادات المعلنة لهذه السنة غير معروفة: تضم قاعدة البيانات مقبوضات بقيمة ${p.amount}، ولا تُحسب أي حصة.`,
      windowUnknown: "تاريخ نهاية السنة المالية غير موجود في البيانات، فلا يمكن توزيع التدفقات عليها.",
      mapping: (p: P) => `تغطي الفترة ${p.parts} (بالأيام)؛ ويُحسب كل تدفق بتواريخه داخل السنة.`,
      paidBy: "الجهة الدافعة",
      inDataset: "في قاعدة البيانات",
      shareOfRevenue: "الحصة من الإيرادات المعلنة",
      investee: "تستثمر فيها",
      estimate: "تقدير",
      outside: "خارج قاعدة البيانات (عملاء لا تضمهم)",
      fromInvestees: (p: P) =>
        `من شركات تستثمر فيها: ${p.amount}، أي ${p.share} من الإيرادات المعلنة (${p.from}).`,
      excess: (p: P) =>
        `مقبوضات قاعدة البيانات تتجاوز الإيرادات المعلنة بمقدار ${p.amount} (${p.share}): تدفقات الصفقات التزامات موزعة بالتساوي على السنوات، لا إيرادات مسجّلة عند التسليم.`,
      hhiFloor: (p: P) =>
        `مؤشر هيرفندال-هيرشمان للإيرادات لا يقل عن ${p.hhi} (من أطراف قاعدة البيانات؛ والباقي خارجها يُعامل كعملاء صغار كثيرين).`,
      financing: (p: P) =>
        `وتلقت أيضًا ${p.amount} استثمارات أو قروضًا من ${p.from}: أموال واردة وليست إيرادات.`,
      disclosed: "تركّز العملاء كما أفصحت عنه الشركة",
      anonymous: (p: P) => `عميل غير مسمّى (${p.label})`,
      otherDisclosures: "أرقام أخرى لحصص العملاء (ليست لسنة مالية معلنة)",
      noYears: "لا إيرادات معلنة ولا مقبوضات في قاعدة البيانات.",
    },
    published: "المنشور",
    missing: "ناقص",
    ratioNames: {
      "nvidia-commitments-to-revenue": "التزامات إنفيديا الاستثمارية ÷ إيراداتها",
      "nvidia-deal-financing-to-revenue": "تمويل إنفيديا لغيرها في الصفقات ÷ إيراداتها",
      "microsoft-share-of-nvidia-revenue": "حصة مايكروسوفت من إيرادات إنفيديا",
      "coreweave-customer-concentration": "تركّز عملاء كورويف (مؤشر هيرفندال-هيرشمان للطلبات المتراكمة)",
      "openai-commitments-to-revenue": "التزامات أوبن أيه آي ÷ إيراداتها",
      "oracle-rpo-to-fcf": "التزامات الأداء المتبقية لأوراكل ÷ تدفقها النقدي الحر",
      "usd-per-gw": "الدولارات لكل جيجاوات",
    },
    reconcile: {
      title: "الأرقام الرئيسية مقارنةً بالأرقام المنشورة",
      intro: (p: P) =>
        `كل رقم تستخلصه حلقة من الصفقات إلى جانب الرقم كما نُشر. «متوافق»: ضمن هامش التفاوت المعلن. «مختلف»: خارج الهامش، للسبب المذكور. حتى تاريخ ${p.asOf}.`,
      check: "المقارنة",
      published: "المنشور",
      derived: "المستخلص",
      ratio: "المستخلص ÷ المنشور",
      status: "الحالة",
      tolerance: (p: P) => `هامش التفاوت ±${p.tolerance}`,
      source: "المصدر",
      quote: "الاقتباس",
      readAsOf: (p: P) => `الصفقات كما في ${p.date}، على الأساس ${p.basis}`,
      inputs: "مكوّناته",
      reason: "سبب الاختلاف",
      estimate: "تقدير",
      summary: (p: P) =>
        `متوافقة: ${p.agrees}؛ مختلفة لسبب معلن: ${p.differs}؛ مختلفة دون سبب: ${p.unexplained}؛ تعذّر حسابها: ${p.missing}؛ لم تُنشر بعد في ذلك التاريخ: ${p.pending}.`,
      failed:
        "رقم يختلف عن الرقم المنشور دون سبب معلن (أو تعذّر حسابه): صحّح البيانات أو اذكر السبب في src/core/reconcile/checks.ts.",
      statuses: {
        agrees: "متوافق",
        differs: "مختلف (مع التفسير)",
        unexplained: "مختلف دون تفسير",
        missing: "غير متاح",
        pending: "لم يُنشر بعد",
      } as Record<string, string>,
      titles: {
        "openai-commitments-usd": "التزامات أوبن إيه آي في الحوسبة (بالدولار، وفق ألتمان)",
        "openai-commitments-gw": "التزامات أوبن إيه آي في الحوسبة (بالجيجاوات، وفق ألتمان)",
        "openai-amd-broadcom-gw": "القدرة الجديدة لأوبن إيه آي من AMD وبرودكوم (جيجاوات)",
        "openai-seed-plan-usd": "خطة أوبن إيه آي لتوسيع البنية التحتية للأجهزة (AMD وبرودكوم وستارجيت)",
        "openai-coreweave-2025": "عقود أوبن إيه آي مع كورويف في عام 2025",
        "openai-oracle-300b": "عقد أوبن إيه آي السحابي مع أوراكل (ستارجيت)",
        "oracle-off-balance-sheet-66b": "تمويلات أوراكل خارج الميزانية العمومية لدعم أوبن إيه آي",
        "oracle-rpo-2025-08": "التزامات الأداء المتبقية لأوراكل في أغسطس 2025 مقارنةً بعقودها في البيانات",
        "oracle-rpo-2025-11": "التزامات الأداء المتبقية لأوراكل في نوفمبر 2025 مقارنةً بعقودها في البيانات",
        "oracle-rpo-2026-05": "التزامات الأداء المتبقية لأوراكل في مايو 2026 مقارنةً بعقودها في البيانات",
        "nvidia-top4-customer-share": "حصة أكبر أربعة عملاء من إيرادات إنفيديا",
        "nvidia-financing-to-revenue": "التزامات إنفيديا الاستثمارية ÷ إيراداتها السنوية (تونغوز)",
        "coreweave-largest-customer-share-2024":
          "حصة أكبر عملاء كورويف (مايكروسوفت) من إيراداتها في عام 2024",
        "nvidia-investment-commitments-usd": "التزامات إنفيديا الاستثمارية (تونغوز)",
      } as Record<string, string>,
      metrics: {
        revenue: "الإيرادات",
        rpo: "التزامات الأداء المتبقية",
        "customer-share": "حصة العميل من الإيرادات",
        "investment-commitments": "الالتزامات الاستثمارية",
        "infrastructure-commitments": "التزامات البنية التحتية",
        other: "رقم آخر",
      } as Record<string, string>,
      note: "ملاحظة",
      notes: {
        "coreweave-microsoft-derived":
          "ليست تأكيدًا مستقلًا: مدفوعات مايكروسوفت في 2024 مستخلصة في البيانات من نسبة 62% المنشورة نفسها (deals/coreweave-derived.yaml). وتُظهر المقارنة أن محرك التدفقات يحتفظ بها وأن مايكروسوفت لا تزال أكبر العملاء.",
      } as Record<string, string>,
      reasons: {
        "openai-commitments-usd":
          "رقم ألتمان البالغ نحو 1.4 تريليون دولار إجمالي تقريبي لم يفصّله. أما البيانات فتجمع العقود المسعّرة المعلنة حتى نوفمبر 2025، بما فيها خطابات النوايا والمبالغ المعلنة بصيغة «حتى» (10 جيجاوات من إنفيديا، وذاكرة سامسونج)، ولا يمكنها احتساب عقود لم يذكر أي مصدر قيمتها (10 جيجاوات من برودكوم).",
        "openai-commitments-gw":
          "تُحتسب كل جيجاوات مرة واحدة كما يحتسبها أمر halqa power (الرقائق مُدرجة في المجمّعات والعقود التي تستضيفها)، في سنة الذروة حتى 2033؛ ولا تحمل العقود المذكورة بالدولار فقط (أزور وأمازون ويب سيرفيسز وكورويف) أي جيجاوات في البيانات، فالرقم المشتق حدّ أدنى، ورقم ألتمان البالغ نحو 30 جيجاوات رقم تقريبي.",
        "openai-seed-plan-usd":
          "يذكر المقال حدًا أدنى («تتجاوز 300 مليار دولار») لمشروع ستارجيت وحده؛ وتضيف البيانات نحو 90 مليار دولار من AMD إلى 300 مليار دولار من أوراكل (لم يذكر أي مصدر قيمة 10 جيجاوات من برودكوم)، لذا فإن رقمًا مستخلصًا أعلى منه يتسق معه.",
        "oracle-off-balance-sheet":
          "لا يفصّل أي مصدر مبلغ 66 مليار دولار المتداول، ومكوّناته (تمويلات مجمّعات فانتدج ونيو مكسيكو وميشيغان) قراءة من حلقة. وحين كُتب المقال لم يكن تمويل ميشيغان (نحو 10 مليارات دولار جرى التفاوض عليها مع بلو أول) قد أُنجز؛ وأُنجز في أبريل 2026 بقيمة 16 مليار دولار من مقرضين آخرين.",
        "oracle-rpo":
          "التزامات الأداء المتبقية تشمل كل عقد وقّعته أوراكل ولم تنفّذه بعد: السحابة والتراخيص والدعم، لجميع العملاء. أما البيانات فلا تضم إلا عقود الذكاء الاصطناعي الكبرى التي نشرتها الصحافة (عقد أوبن إيه آي)، فالفارق طلبات متراكمة خارج مجموعة البيانات.",
        "nvidia-customers":
          "يشتري أكبر عملاء إنفيديا (شركات الحوسبة السحابية العملاقة) وحدات معالجة الرسوميات بعقود غير معلنة؛ ولا تضم البيانات إلا القليل من المشتريات المعلنة، موزعة على سنوات التسليم، مقابل إيرادات سنوية مقدّرة من أحدث ربع.",
        "nvidia-financing":
          "البسط متطابق (التزامات إنفيديا الاستثمارية، أعلاه)، أما المقام فلا. فقد قسم تونغوز على إيرادات إنفيديا في السنة المنقضية (نحو 130 مليار دولار)، بينما لا تضم البيانات إلا إيرادات أحدث ربع مضروبة في أربعة (57 مليار دولار × 4)، وهي أكبر ما دامت الإيرادات تنمو.",
      } as Record<string, string>,
    },
    networkInvalid: (p: P) => `${p.file}: ${countText("ar", p.count, "problem")}؛ لم يُحلّ شيء.`,
    solvedLine: (p: P) => `${p.model}: تقارب الحل في ${p.iterations} تكرارًا.`,
    node: "العقدة",
    payments: "المدفوعات",
    recovery: "نسبة الاسترداد",
    netWorth: "صافي القيمة",
    equity: "حقوق الملكية",
    defaulted: "متعثرة",
    wave: "الموجة",
    value: "القيمة",
    yes: "نعم",
    conventions: "الأعراف المعتمدة",
    /** Names of a model's totals (`halqa network solve`), by the key the solver reports. */
    totalNames: {
      payments: "المدفوعات",
      liabilities: "الالتزامات",
      shortfall: "العجز",
      externalPaid: "المدفوع للدائنين من خارج الشبكة",
      defaults: "حالات التعثر",
      equity: "حقوق الملكية",
      interbankLoss: "الخسارة على المطالبات داخل الشبكة",
      rounds: "الجولات",
      debtRank: "مؤشر DebtRank",
      initialLoss: "الخسارة الأولية",
      totalLoss: "إجمالي الخسارة",
      distressed: "جهات تحت الضغط",
      defaulted: "جهات متعثرة",
      failures: "حالات الإخفاق",
      waves: "الموجات",
      totalValue: "إجمالي القيمة",
      failureCosts: "تكاليف الإخفاق",
      equityValue: "قيمة حقوق الملكية",
      debtValue: "قيمة الديون",
    } as Record<string, string>,
    stress: {
      title: "اختبار الضغط",
      waves: "حالات التعثر حسب الموجة",
      wave: "الموجة",
      entities: "الجهات",
      losses: "الخسائر",
      entity: "الجهة",
      capital: "رأس المال",
      loss: "الخسارة",
      share: "نسبة من رأس المال",
      unfunded: "التزامات بلا تمويل",
      deal: "الصفقة",
      debtor: "المدين",
      creditor: "الدائن",
      committed: "الملتزم به",
      recovery: "نسبة الاسترداد",
      account: "ما الذي يحدث",
      assumptions: "الافتراضات",
      assumption: "الافتراض",
      value: "القيمة",
      sources: "المصادر",
      unfundedPart: "غير المموَّل",
      // Arabic counts the noun: سنة واحدة، سنتان، 3–10 سنوات، 11–99 سنةً، 100 سنة (fractions read as "سنة").
      units: {
        years: (n: number, shown: string) => {
          const form = new Intl.PluralRules("ar").select(n);
          if (form === "one") return "سنة واحدة";
          if (form === "two") return "سنتان";
          return `${shown} ${form === "few" ? "سنوات" : form === "many" ? "سنةً" : "سنة"}`;
        },
        ratio: (_n: number, shown: string) => `${shown} نسبة`,
      } as Record<string, (n: number, shown: string) => string>,
      none: "لا شيء",
      invalid: (p: P) => `${p.file}: ${countText("ar", p.count, "problem")}؛ لم يُشغَّل شيء.`,
    },
    monteCarlo: {
      title: "اختبار الضغط بطريقة مونت كارلو",
      samples: "العينات",
      seed: "البذرة",
      workers: "الخيوط العاملة",
      partial: (p: P) =>
        `جزئي: توقف التشغيل بعد ${p.done} من ${p.runs} عينة؛ الأرقام أدناه تخص هذه العينات وحدها.`,
      systemLoss: "خسارة النظام (مجموع خسائر الجهات)",
      statistic: "المقياس",
      mean: "المتوسط",
      quantile: (p: P) => `الكمّية ${p.p}${percentSign()}`,
      var: (p: P) => `القيمة المعرضة للخطر ${p.level}${percentSign()}`,
      es: (p: P) => `العجز المتوقع ${p.level}${percentSign()}`,
      unfunded: "الالتزامات بلا تمويل (المجموع في كل عينة)",
      defaults: "احتمال التعثر والخسارة لكل جهة",
      probability: "احتمال التعثر",
      get interval() {
        return `مجال ${formatPercent("ar", 95)} (ويلسون)`;
      },
      meanLoss: "متوسط الخسارة",
      get loss95() {
        return `الخسارة، الكمّية ${formatPercent("ar", 95)}`;
      },
      sensitivity: "ما الذي يحرك خسارة النظام (معامل سبيرمان ρ مع خسارة النظام)",
      input: "المُدخل المُعايَن",
      rho: "ρ",
      constant: "ثابت",
      inputs: "المُدخلات المُعايَنة",
      distribution: "التوزيع",
      noDistributions: (p: P) =>
        `لا يحوي ${p.file} أي توزيع: كل العينات ستكون متطابقة. شغّله دون ⁦--runs⁩ للحصول على النتيجة الحتمية.`,
      sampleFailed: (p: P) =>
        `فشلت العينة ${p.sample} (بذرة التشغيل ${p.seed}، بذرة العينة ${p.sampleSeed}): ${p.reason}`,
      progress: (p: P) => `${p.done}/${p.runs} عينة · ${p.rate} في الثانية`,
      interrupt: "جارٍ الإيقاف… (اضغط Ctrl-C مرة أخرى للخروج فورًا)",
      rebuilds: "أحد المعاملات المُعايَنة يغيّر الشبكة نفسها: تُعاد بناؤها في كل عينة (أبطأ).",
    },
    power: {
      title: "الطاقة: سعة الحوسبة مقابل الطاقة المؤمَّنة",
      years: "حسب السنة (المستوى في 31 ديسمبر)",
      year: "السنة",
      committed: "جيجاوات ملتزم بها",
      capacity: (p: P) => `جيجاوات، على أساس ${p.basis}، كلٌّ مرة واحدة`,
      naive: "مجموع الجيجاوات كما أُعلنت",
      same: "جيجاوات مكررة حُذفت",
      layer: "الطبقة",
      layers: { campus: "مجمع", compute: "عقد حوسبة", chips: "رقائق" } as Record<string, string>,
      ownGw: (p: P) => `جيجاوات، ${p.basis}`,
      countedGw: "جيجاوات محتسبة",
      sameAs: "الجيجاوات نفسها في",
      owners: "حسب المالك، الجيجاوات في السنة الأخيرة (المجمع: المشغّل الأول؛ الصفقة: المشتري)",
      owner: "المالك",
      published: (p: P) =>
        `تعلن ${p.entity} ${p.gw} جيجاوات (${p.period}؛ ${p.sources})؛ والمحتسب هنا بنهاية ${p.year}: ${p.counted} جيجاوات، كلٌّ مرة واحدة (${p.naive} جيجاوات بجمع ما أُعلن). انظر docs/methods/power.md §3 لمواضع الاختلاف.`,
      dedupNote:
        "تُحتسب كل جيجاوات مرة واحدة: الرقائق وعقود الحوسبة مطالبات على المجمعات والعقود التي يستخدمها المشتري، والعقد مطالبة على مجمعات البائع؛ وتُحذف الجيجاوات التي تتسع لها (أكبر كمية يمكن توزيعها، أي التدفق الأقصى). انظر docs/methods/power.md §2.",
      secured: "جيجاوات مؤمَّنة",
      unknown: "جيجاوات طاقتها مجهولة",
      coverage: "نسبة التغطية",
      stranded: "جيجاوات عالقة",
      offGrid: "حصة التوليد خارج الشبكة",
      delayed: "جيجاوات مؤجلة",
      energy: "الطاقة (تيراواط ساعة)",
      bill: "فاتورة الطاقة",
      campuses: "ما الذي يُحتسب (الجيجاوات في السنة الأخيرة)",
      campus: "المجمع أو الصفقة",
      rule: "القاعدة",
      rules: { site: "جدول الموقع", deal: "الصفقة", larger: "الأكبر بين الموقع والصفقة" } as Record<
        string,
        string
      >,
      power: "الطاقة",
      known: "معروفة",
      notKnown: "مجهولة",
      supply: "الطاقة المؤمَّنة أو المطلوبة",
      kind: "النوع",
      gw: "جيجاوات",
      date: "اعتبارًا من",
      status: "الحالة",
      counted: "محتسبة",
      yes: "نعم",
      no: "لا",
      undated: "بلا تاريخ",
      references: "التوقعات المرجعية",
      indicator: "المؤشر",
      by: "الجهة",
      figure: "الرقم",
      period: "الفترة",
      sources: "المصادر",
      parameters: "معاملات فاتورة الطاقة (* تقدير)",
      value: "القيمة",
      none: "لا شيء ملتزم به",
      missing: (p: P) => `لا فاتورة طاقة: تفتقر البيانات إلى ${p.ids}.`,
      delay: (p: P) =>
        `التأخير: ${countText("ar", p.months, "month")} في ${countText("ar", p.count, "site")}${p.region ? ` في ${p.region}` : ""}؛ تتأخر السعة ووصلات الشبكة التي لم تعمل بعد.`,
      notes:
        "الطاقة المجهولة تُعدّ غير مؤمَّنة، لذا فنسبة التغطية حدّ أدنى، والجيجاوات العالقة تشمل سعة لا يذكر أي مصدر طاقتها.",
      unknownSite: (p: P) => `موقع غير معروف "${p.id}"${p.close ? ` (هل تقصد ${p.close}؟)` : ""}`,
      noSiteInRegion: (p: P) => `لا يوجد موقع في المنطقة "${p.region}" (المناطق: ${p.regions})`,
      regionNeedsDelay: "الخيار ⁦--region⁩ لا يعمل إلا مع ⁦--delay-months⁩",
    },
    funding: {
      title: (p: P) => `فجوة التمويل: ${p.entity}`,
      years: "حسب السنة (بالدولار)",
      year: "السنة",
      revenue: "الإيرادات",
      due: "الالتزامات المستحقة",
      other: "تكاليف أخرى",
      ocf: "التدفق النقدي التشغيلي",
      financing: "التمويل",
      gap: "الفجوة",
      burn: "الحرق التراكمي",
      cash: "النقد",
      rule: "مصدر التكاليف",
      rules: { reported: "النتيجة المعلنة", contracts: "العقود المستحقة", modelled: "النموذج" } as Record<
        string,
        string
      >,
      sources: {
        reported: "معلنة",
        forecast: "متوقعة",
        cumulative: "من رقم تراكمي",
        projected: "مُسقطة",
      } as Record<string, string>,
      missingYear: "لا بيانات مالية",
      summary: "الخلاصة",
      shortfall: "التمويل الذي لا يزال مطلوبًا (أعمق عجز نقدي)",
      runway: "نفاد النقد",
      lasts: "يكفي طوال الفترة",
      fromZeroCash: "بدءًا من نقد صفري: لا رقم للنقد قبل السنة الأولى",
      growthToClose: "نمو الإيرادات الذي يسد الفجوة",
      closed: "مسدودة أصلًا",
      unreachable: (p: P) => `لا نمو حتى ${p.high}% سنويًا يكفي`,
      noProjection: "لا سنة مُسقطة: النمو لا يغيّر شيئًا",
      assumptions: "الافتراضات (* تقدير)",
      growth: "نمو الإيرادات بعد آخر رقم معلن",
      flat: "لا معامل موثق: الإيرادات ثابتة (استخدم ⁦--growth⁩)",
      costRatio: "التكاليف الأخرى لكل دولار من الإيرادات",
      horizon: "سنوات سداد الالتزام المفتوح",
      startingCash: "النقد في البداية",
      cashUnknown: "مجهول (لا رقم للنقد قبل السنة الأولى): يُحتسب صفرًا",
      reported: "الأرقام المعلنة",
      metric: "المقياس",
      period: "الفترة",
      value: "القيمة",
      flags: "ملاحظات",
      forecast: "توقع",
      estimate: "تقدير",
      checks: "النتائج متعددة السنوات مقابل التقسيم السنوي",
      cashFromZero: "النقد، محتسبًا من صفر",
      netBurn: "صافي الحرق (الخسائر ناقص الأرباح)",
      shortfallFormula: (p: P) =>
        `= أعلى قيمة عبر السنوات لـ(صافي الحرق حتى تاريخه − التمويل حتى تاريخه − النقد في البداية)؛ أعمقها في نهاية ${p.year}: ${p.burn} − ${p.financing} − ${p.cash}`,
      shortfallNone: "(لا يتجاوز صافي الحرق حتى تاريخه التمويلَ حتى تاريخه مضافًا إليه النقد في البداية)",
      runwayUnknown: "غير معروف: لا رقم معلن للنقد قبل السنة الأولى، فلا تاريخ (عمود النقد يبدأ من صفر)",
      startingCashFrom: (p: P) => `${p.value} (النقد المعلن، ${p.period}: ${p.sources})`,
      reconciliation: "حرق النموذج مقابل النتائج المعلنة (تدفقات نقدية: الحرق النقدي سالب)",
      model: "النموذج",
      reportedCol: "المعلن",
      difference: "النموذج − المعلن",
      cashLater: (p: P) =>
        `يوجد رقم معلن للنقد في ${p.period} (${p.value}): الخيار ⁦--from⁩ ${p.from} يبدأ منه`,
      why: "السبب، حسب السنة",
      reasons: {
        used: "الرقم مستخدم",
        "other-figure": "استُخدم رقم معلن آخر",
        contracts: "العقود المستحقة تتجاوز التكاليف المعلنة",
        projected: "سنة مُسقطة: من النموذج",
        missing: "لا بيانات مالية",
      } as Record<string, string>,
      backlog: "العقود مقابل الأعمال المتراكمة المعلنة للبائع (الالتزامات المتبقية)",
      contract: "العقد",
      seller: "البائع",
      starts: "اعتبارًا من",
      binding: "يُحتسب ملزمًا",
      bindingNo: (p: P) => `لا (الحالة: ${p.status}؛ الرقم ${p.layer} فقط)`,
      yes: "نعم",
      share: "الحصة من الأعمال المتراكمة",
      jump: "ارتفاع الأعمال المتراكمة الذي يفسّره",
      backlogFlag: (p: P) =>
        `تعلن ${p.seller} ارتفاعًا في أعمالها المتراكمة بمقدار ${p.rise} (${p.from} ← ${p.to}) يمكن أن يفسّره عقد بقيمة ${p.contract} (${p.share})، لكن حلقة لا تحتسبه ملزمًا: فهو ليس ضمن الالتزامات المستحقة على أساس الملتزم به.`,
      missing: (p: P) => `لا بيانات مالية لـ ${p.years}: استُبعدت هذه السنوات من المجاميع.`,
      unknownEntity: (p: P) => `جهة غير معروفة "${p.id}"${p.close ? ` (هل تقصد ${p.close}؟)` : ""}`,
      fromAfterTo: (p: P) => `⁦--from⁩ (${p.from}) بعد ⁦--to⁩ (${p.to})`,
    },
    noFlows: "لا توجد تدفقات مطابقة.",
    records: {
      sources: "مصادر",
      entities: "جهات",
      deals: "صفقات",
      flows: "تدفقات",
      figures: "أرقام موثقة بمصادرها",
      financials: "بيانات مالية",
      indicators: "مؤشرات",
      sites: "مواقع",
      parameters: "معاملات",
    },
    moneyCommands: {
      economicsTitle: "اقتصاديات الوحدة وتحليلات «الإيرادات اللازمة» المنشورة، محسوبة من مدخلاتها",
      trackerTitle: "من الحلقة الدائرية إلى التمويل الذاتي: المؤشرات الثلاثة لكل مشغّل",
      marketTitle: "التركّز، وحصة صندوق المؤشر الواقعة داخل الحلقة",
      result: "النتيجة",
      value: "القيمة",
      published: "المنشور",
      check: "التحقق",
      reproduced: "مطابق",
      differs: "مختلف",
      input: "المُدخل",
      key: "مفتاح ⁦--set⁩",
      sources: "المصادر",
      missing: "غير موجود في البيانات",
      edited: "معدَّل",
      data: "في البيانات:",
      editHint:
        "غيّر أي مُدخل بـ ⁦--set⁩ KEY=VALUE (يمكن تكراره؛ تصلح 600B و6.5T و1e12؛ والنسب المئوية تُكتب 12 لـ12%). العلامة ≈ تدل على التقديرات. يعطي ⁦--json⁩ كل رقم وكل مفتاح.",
      analyses: {
        "subsidy-ratio": "تكلفة الحوسبة لكل دولار من الإيرادات (نسبة الدعم)",
        "startup-compute": "إنفاق الشركات الناشئة على السحابة والنماذج؛ تكاليف الحوسبة المؤسسية",
        "jpmorgan-revenue-for-return": "جيه بي مورغان (نوفمبر 2025): الإيرادات اللازمة لعائد 10% على التوسع",
        "bain-revenue-needed": "باين (سبتمبر 2025): الإيرادات اللازمة بحلول 2030 والعجز",
        "sequoia-revenue-question": "سيكويا / ديفيد كان: سؤال إيرادات الذكاء الاصطناعي",
        "morgan-stanley-waterfall": "مورغان ستانلي (يوليو 2025): شلال مصادر التمويل 2025–2028",
        "depreciation-life": "حساسية الإهلاك للعمر الإنتاجي (بيري، نوفمبر 2025)",
      } as Record<string, string>,
      formulas: {
        "subsidy-ratio":
          "تكلفة الحوسبة ÷ الإيرادات للكيان والفترة نفسيهما؛ فوق 1× يكلّف كل دولار إيرادات أكثر من دولار حوسبة",
        "startup-compute":
          "حصة كروز ÷ 100؛ قبل عامين = الحصة ÷ المضاعف؛ معدل IBM السنوي = (1 + 90%)^(1/2) − 1",
        "jpmorgan-revenue-for-return":
          "الإيرادات = العائد × الإنفاق الرأسمالي ÷ حصة الإيرادات المتبقية للمستثمرين؛ المستخدمون الضمنيون = الإيرادات ÷ (12 × الدفعة الشهرية)",
        "bain-revenue-needed":
          "الإيرادات اللازمة = الإنفاق الرأسمالي ÷ نسبة الإنفاق إلى الإيرادات؛ العجز = الإيرادات اللازمة − الإيرادات الممكن تمويلها",
        "sequoia-revenue-question":
          "الإيرادات اللازمة = المعدل السنوي ÷ حصة وحدات المعالجة من تكلفة المركز ÷ (1 − هامش المستخدم النهائي) = المعدل × 2 × 2",
        "morgan-stanley-waterfall":
          "الفجوة = الإنفاق − التدفق النقدي للشركات السحابية الكبرى؛ حصة كل مصدر من الفجوة؛ غير المفسَّر = الفجوة − مجموع المصادر",
        "depreciation-life":
          "الإنفاق الرأسمالي على الحوسبة (2025 وتوجيهات 2026) × حصة الحوسبة، إهلاك بالقسط الثابت من سنة الشراء؛ الإهلاك غير المحتسب = الإهلاك بالعمر القصير − بالعمر الطويل، 2026–2028",
      } as Record<string, string>,
      notes: {
        "jpmorgan-revenue-for-return":
          "حصة الإيرادات المتبقية للمستثمرين غير مذكورة في التغطية الصحفية للتقرير: استنتجها halqa (≈). يقدّر Tom's Hardware مستخدمي آيفون بنحو 1.5 مليار ومشتركي نتفليكس بأكثر من 300 مليون.",
        "bain-revenue-needed":
          "نسبة الإنفاق الرأسمالي إلى الإيرادات لدى باين والإيرادات الممكن تمويلها غير مذكورتين في التغطية: استنتجهما halqa (≈).",
        "sequoia-revenue-question":
          "يستخدم عاما 2023 و2024 المعدلين اللذين ذكرهما كان؛ ويستخدم 2025 آخر ربع معلن لإيرادات مراكز البيانات لدى إنفيديا × 4 من البيانات المالية، فلا يلزم أن يطابق الرقم المنشور (نحو 840 مليار دولار).",
        "depreciation-life":
          "لم ينشر بيري مدخلاته: يُعرض رقمه البالغ 176 مليار دولار للمقارنة لا لإعادة الحساب. لا تضم البيانات إنفاقًا رأسماليًا لعامي 2027–2028، فاستُبعدت تلك السنوات (ما يقلل الفرق).",
      } as Record<string, string>,
      outputs: {
        "subsidy-ratio": (p: P) => `${p.entity}، ${p.period}: تكلفة الحوسبة لكل دولار إيرادات`,
        "subsidy-ratio-illustrative": () => "مثال المقال («120 دولارًا من الحوسبة لمشكلة بـ100 دولار»)",
        "compute-per-revenue-dollar": () =>
          "الشركات الناشئة: الإنفاق على السحابة والنماذج لكل دولار إيرادات (كروز)",
        "compute-share-two-years-earlier": () => "الحصة نفسها قبل عامين",
        "compute-cost-growth-per-year": (p: P) =>
          `النمو السنوي لتكاليف الحوسبة المؤسسية ${p.from}–${p.to} (IBM)`,
        "revenue-needed-per-year": () => "الإيرادات السنوية اللازمة",
        "implied-iphone-users": () => "عدد مستخدمي آيفون الضمني عند 34.72 دولارًا شهريًا",
        "implied-netflix-subscribers": () => "عدد مشتركي نتفليكس الضمني عند 180 دولارًا شهريًا",
        "revenue-shortfall": () => "العجز",
        "revenue-question": (p: P) => `سؤال الإيرادات، ${p.vintage}`,
        "financing-gap": () => "فجوة التمويل",
        "gap-share": (p: P) => `الحصة من الفجوة: ${p.source}`,
        "gap-unexplained": () => "ما لا تفسره المصادر المذكورة من الفجوة",
        "understated-depreciation": (p: P) =>
          `الإهلاك غير المحتسب ${p.from}–${p.to} (عمر ${countText("ar", p.short, "year")} مقابل ${countText("ar", p.long, "year")})`,
        "depreciation-per-year": (p: P) =>
          `الإهلاك السنوي لإنفاق الحوسبة في ${p.year} بعمر ${countText("ar", p.life, "year")}`,
      } as Record<string, (p: P) => string>,
      inputs: {
        "entity-compute-cost": (p: P) => `${p.entity}: تكلفة الحوسبة، ${p.period}`,
        "entity-revenue": (p: P) => `${p.entity}: الإيرادات، ${p.period}`,
        "nvidia-dc-run-rate-latest": () => "آخر ربع معلن لإيرادات مراكز البيانات لدى إنفيديا × 4",
        "compute-share-of-capex": () =>
          "حصة الحوسبة (العتاد) من الإنفاق على مراكز البيانات (1.6 من 2.9 تريليون دولار لدى مورغان ستانلي)",
      } as Record<string, (p: P) => string>,
      operator: "المشغّل",
      stage: "المرحلة",
      signal: "المؤشر",
      period: "الفترة",
      note: "ملاحظة",
      signals: {
        utilisation: "نسبة الاستغلال",
        "power-coverage": "تغطية عقود الطاقة",
        "usage-revenue-share": "الإيرادات المرتبطة بالاستخدام",
      } as Record<string, string>,
      stages: {
        circular: "دائرية",
        transitioning: "في مرحلة انتقالية",
        "self-funding": "تمويل ذاتي",
        unknown: "غير معروفة",
      } as Record<string, string>,
      absent: "غير متاح",
      absentNote:
        "غير متاح: لا يذكر أي مصدر عام القيمة، فلا تُعرض (ولا تُقدَّر أبدًا). (n/3): عدد المؤشرات التي تستند إليها المرحلة. العلامة ≈ تدل على قيم مشتقة.",
      thresholdsLine: (p: Record<string, string>) =>
        `يتحقق المؤشر عند: الاستغلال ≥ ${p.utilisation}، تغطية الطاقة ≥ ${p["power-coverage"]}، الإيرادات المرتبطة بالاستخدام ≥ ${p["usage-revenue-share"]} (المعاملات tracker-*-threshold). يتطلب التمويل الذاتي تحقق الثلاثة؛ والمرحلة الانتقالية واحدًا على الأقل.`,
      windowLine: (p: P) =>
        `النافذة الحرجة: ${p.low}–${p.high} شهرًا من ${p.start} (إعلان برودكوم) ← تنتهي بين ${p.earliest} و${p.latest}؛ مضى ${p.elapsed} شهرًا، وبقي ${p.left} شهرًا على الأكثر.`,
      noObservations: "لا توجد مشاهدة عامة لأي مؤشر.",
      fileInvalid: (p: P) => `${p.file}: ${countText("ar", p.count, "problem")}؛ لم يُحسب شيء.`,
      concentration: "تركّز المكاسب والإنفاق الرأسمالي (كما نُشر)",
      figure: "الرقم",
      fundTitle: "صندوق مؤشر ⁦S&P 500⁩ (حساب ⁦401(k)⁩) والحلقة",
      company: "الشركة",
      weight: "الوزن في المؤشر",
      exposure: "الانكشاف على الحلقة",
      contribution: "حصة الصندوق في الحلقة",
      fundLine: (p: P) =>
        `حصة الصندوق الواقعة في الحلقة: ${p.share} (${p.measure})؛ تغطي اللقطة ${p.covered} من المؤشر بتاريخ ${p.asOf}. الشركات خارج اللقطة لا تُحتسب.`,
      measures: {
        membership: "العضوية: تُحتسب كاملةً كل شركة تقع على أي حلقة مالية",
        "revenue-share": "حصة الإيرادات: المقبوضات على خطوات الحلقة هذا العام ÷ الإيرادات",
        file: "الانكشافات من ملفك",
      } as Record<string, string>,
      measureNotes: {
        membership:
          "العضوية حدٌّ أعلى: حصة الصندوق في الشركات المشاركة في الحلقة أصلًا. يعطي ⁦--measure⁩ revenue-share قراءة أضيق حيث تتوفر الإيرادات؛ ويأخذ ⁦--exposure⁩ FILE.csv أرقامك.",
        "revenue-share":
          "حصة الإيرادات غير متاحة حين لا تضم البيانات إيرادات سنوية للشركة (وتُحتسب صفرًا): النتيجة حدٌّ أدنى.",
      } as Record<string, string>,
      units: { years: "سنوات", months: "أشهر" } as Record<string, string>,
      fromFileNote: "* الانكشاف من ملف ⁦--exposure⁩ الخاص بك.",
    },
    ledger: {
      invalid: (p: P) => `${p.file}: ${countText("ar", p.count, "problem")}؛ لم يُفحص شيء.`,
      read: (p: P) =>
        `${p.file} (${p.format}): قُرئ ${countText("ar", p.rows, "row")}، ${countText("ar", p.loaded, "transaction")} بين ${countText("ar", p.accounts, "account")}، في ${p.seconds} ث.`,
      columns: (p: P) =>
        `الأعمدة: الدافع ${p.src}، المستفيد ${p.dst}، الوقت ${p.ts}، المبلغ ${p.amount}، المعرّف ${p.id}.`,
      guessed: (p: P) =>
        `خُمّنت من أسمائها: ${p.roles}. إن كان التخمين خاطئًا فسمِّها (⁦--src⁩ و⁦--dst⁩ و⁦--ts⁩ و⁦--amount⁩ و⁦--id⁩).`,
      tsUnit: (p: P) =>
        `قُرئت الأوقات الرقمية على أنها ${p.unit === "ms" ? "مللي ثانية" : "ثوانٍ"} منذ بداية 1970.`,
      selfLoops: (p: P) => `${p.count} معاملة ذاتية (الدافع هو المستفيد) نُحّيت جانبًا ولم تُعدّ حلقات.`,
      duplicates: (p: P) =>
        `${countText("ar", p.count, "row")} يكرر صفًا آخر تمامًا (الدافع والمستفيد والوقت والمبلغ)؛ كلٌّ منها يُعدّ معاملة مستقلة.`,
      shard: (p: P) =>
        `الجزء ${p.index}/${p.count}: الحلقات التي تبدأ أولى معاملاتها من ${p.from} إلى ما قبل ${p.to}.`,
      temporal: (p: P) =>
        `حلقات زمنية: الأوقات متزايدة تمامًا، وآخر معاملة بعد الأولى بما لا يزيد على ${p.window}، و${p.hops} معاملات على الأكثر.`,
      static: (p: P) =>
        `حلقات ساكنة من ${countText("ar", p.hops, "transaction")} على الأكثر (دون اشتراط الترتيب الزمني).`,
      minAmount: (p: P) => `أُهملت المعاملات التي تقل عن ${p.amount}.`,
      retention: (p: P) => `فقط الحلقات التي يبقى مبلغها بين ${p.low} و${p.high} من مبلغ الخطوة السابقة.`,
      found: (p: P) => `وُجدت ${countNoun("ar", Number(p.count), "loop")}.`,
      none: "لم توجد حلقات.",
      limited: (p: P) =>
        `اقتصر الإخراج على أول ${countText("ar", p.limit, "loop")} (⁦--limit⁩)؛ والعدّ هنا يشمل الحلقات كلها وعددها ${p.cycles}.`,
      stopped: "توقف الفحص قبل أن يكتمل: الأعداد حدود دنيا.",
      written: (p: P) => `كُتبت ${countText("ar", p.count, "loop")} في ${p.file}.`,
      time: (p: P) => `الوقت: القراءة ${p.ingest} ث، الفحص ${p.scan} ث.`,
      byLength: "الحلقات حسب الطول",
      length: "المعاملات",
      cycles: "الحلقات",
      topAccounts: "الحسابات الأكثر ظهورًا في الحلقات (دافعةً)",
      account: "الحساب",
      list: (p: P) => `أول ${countText("ar", p.shown, "loop")}`,
      start: "البداية",
      duration: "المدة",
      path: "الحسابات",
      transactions: "المعاملات",
      amounts: "المبالغ",
      retained: "المتبقي",
      progressIngest: (p: P) => `تحميل ${countText("ar", p.rows, "transaction")}`,
      progressScan: (p: P) => `${p.edges} من ${p.total} معاملة، ${p.cycles} حلقة، ${p.rate} حلقة/ث`,
      interrupted: "قُطع الفحص: لم يُكتب ملف إخراج.",
      failed: "فشل الفحص: لم يُكتب ملف إخراج.",
      globFiles: (p: P) => `⁦--glob⁩ ${p.pattern}: قُرئ ${p.count} من الملفات: ${p.files}`,
      staleRemoved: (p: P) => `حُذف ${p.count} من الملفات المؤقتة التي خلّفها تشغيل سابق أُوقف قسرًا: ${p.files}`,
    },
  },
  sheets: sheetsAr,
};
