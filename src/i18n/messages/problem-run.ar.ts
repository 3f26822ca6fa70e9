import type { problemRunEn } from "./problem-run.en.ts";
import type { Shape } from "./tree.ts";

export const problemRunAr: Shape<typeof problemRunEn> = {
  "graph-empty": "ملف الشبكة بلا صفوف: إنه فارغ أو لا يحوي إلا سطر العناوين",
  "graph-missing-columns":
    "أعمدة مفقودة: {missing} (الموجود: {found})؛ كل حافة تحتاج إلى الأعمدة src و dst و amount",
  "graph-missing-value":
    "{column, select, none {قيمة مطلوبة فارغة} other {العمود {column} فارغ}}؛ كل حافة تحتاج إلى قيم في src و dst و amount",
  "graph-bad-amount":
    "{reason, select, not_finite {المبلغ {value} أكبر من أن يكون رقمًا يمكن لـ«حلقة» جمعه (سيُقرأ لانهائيًا)؛ تحقّق من القيمة} other {المبلغ ليس رقمًا: {value} (اكتب أرقامًا مجردة مثل 1250000 أو 1.25e6، بلا فواصل للآلاف ولا رموز للعملات)}}",
  "graph-negative-amount":
    "لا يجوز أن يكون المبلغ سالبًا ({value})؛ لتسجيل مال يتدفق في الاتجاه المعاكس بدِّل بين src و dst",
  "graph-bad-timestamp":
    "{reason, select, mixed_units {الطابع الزمني {value} بوحدة تختلف عن وحدة بقية الأرقام الزمنية في الملف (خلط بين الثواني والمللي ثانية)؛ وحِّد الوحدة أو صرِّح بها (s أو ms)} other {ليس طابعًا زمنيًا: {value} (استخدم تاريخًا أو تاريخًا ووقتًا بصيغة ISO 8601 مثل 2025-03-10 أو 2025-03-10T12:00:00Z، أو عدد الثواني أو المللي ثانية منذ بداية 1970)}}",
  "graph-bad-json":
    '{reason, select, shape {ملف الشبكة بصيغة ⁦.json⁩ يحوي مصفوفة من الحواف، أو كائنًا فيه مصفوفة باسم "edges"} other {{column, select, none {نص JSON غير صالح: {detail}} other {نص JSON غير صالح: السطر {line}، العمود {column}، وُجد {found, select, end {نهاية النص} other {"{found}"}}}}}}',
  "graph-bad-row":
    '{reason, select, field_count {عدد الحقول في هذا الصف {found}، وعددها في سطر العناوين {expected}} not_object {كل حافة يجب أن تكون كائن JSON، والموجود {found}} duplicate_column {هذا العمود مكرر في سطر العناوين} type {المتوقع نص أو رقم، والموجود {found}} text_after_quote {نص بعد علامة التنصيص الختامية (داخل الحقل المنصَّص تُكتب علامة التنصيص هكذا "")} unclosed_quote {علامة تنصيص لم تُغلق، فيصير باقي الملف حقلًا واحدًا} other {تتعذر قراءة هذا الصف}}',
  "graph-too-large":
    "حجم ملف ⁦.json⁩ {mib} ميبيبايت، وهو أكبر من الحد المسموح لملفات ⁦.json⁩ ({limitMib} ميبيبايت) لأنها تُقرأ دفعة واحدة؛ احفظه بصيغة CSV أو JSON Lines (⁦.jsonl⁩)، فهما تُقرآن تدفقيًا",
  "graph-unreadable": "تعذّرت قراءة ملف الشبكة: {detail}",
  "graph-unknown-format": 'نوع ملف الشبكة "{extension}" غير معروف؛ استخدم ⁦.csv⁩ أو ⁦.jsonl⁩ أو ⁦.ndjson⁩ أو ⁦.json⁩',
  "invalid-duration": 'ليست مدة صالحة: "{value}" (رقم تليه وحدة: 90s، 30m، 12h، 365d، 2w، 1y)',
  "unknown-parameter": "معامل غير معروف؛ معاملات هذه الواجهة: {allowed}",
  "reserved-parameter": '"{name}" ليس اسم معامل تقبله أي نقطة وصول',
  "not-positive":
    "يجب أن تكون القيمة أكبر من 0 (القيمة المعطاة {value}): لا معنى لعمر إنتاجي يساوي صفرًا أو أقل",
  "repeated-parameter": "المعامل مكرر؛ اذكر كل معامل مرة واحدة",
  "invalid-choice": '"{value}" ليست من القيم المسموحة: {values}',
  "invalid-year": 'ليست سنة من أربعة أرقام: "{value}"',
  "invalid-integer": 'ليس عددًا صحيحًا: "{value}"',
  "invalid-number":
    '{infinite, select, true {"{value}" أكبر من أن يكون رقمًا محدودًا (سيُقرأ لانهائيًا)} other {ليس رقمًا: "{value}" (اكتب أرقامًا مجردة مثل 1000000 أو 1e6)}}',
  "out-of-range":
    "{minimum, select, none {{maximum, select, none {القيمة خارج النطاق المسموح} other {يجب ألا تزيد القيمة على {maximum} (القيمة المعطاة {value})}}} other {يجب ألا تقل القيمة عن {minimum} (القيمة المعطاة {value})}}",
  "invalid-boolean": 'ليست قيمة نعم/لا: "{value}" (استخدم 1 أو 0 أو true أو false)',
  "year-conflict": "حدِّد year، أو from و to، لا كليهما",
  "year-order": "تبدأ الفترة ({from}) بعد أن تنتهي ({to})",
  "window-needs-temporal": "المعامل window خاص بالحلقات الزمنية: أضف temporal=1",
  "exposure-target": "حدِّد معرّف جهة (⁦/api/exposure/'{'id'}'⁩) أو rank=1",
  "not-found": "لا توجد واجهة أو ملف بهذا المسار:{path, select, none {} other { {path}}}",
  "method-not-allowed":
    "{method, select, none {هذه الطريقة} other {الطريقة {method}}} غير مسموحة على هذا المسار (الطرق المسموحة: {allow, select, none {GET, HEAD} other {{allow}}})",
  "body-too-large": "جسم الطلب أكبر من الحد المسموح ({limit} بايت)",
  "body-on-read": "طلب {method, select, none {GET} other {{method}}} لا يحمل جسمًا: أرسله من دون جسم",
  "body-aborted": "انقطع جسم الطلب قبل اكتماله (أُغلق الاتصال)",
  "invalid-path": "هذا المسار غير مسموح (يخرج من مجلد الموقع أو يحوي .. أو شرطة مائلة عكسية أو NUL)",
  "host-not-allowed":
    'لا يجيب هذا الخادم عن الطلبات الموجهة إلى المضيف "{host}" (يجيب عن: {allowed})؛ شغّله مع ⁦--allow-host⁩ {name, select, none {NAME} other {{name}}} إن كان هذا الاسم لك',
  "serve-not-loopback":
    'الاستماع على "{host}" يتيح الوصول من أجهزة أخرى، والواجهة بلا مصادقة؛ لا يُجاب إلا عن الطلبات التي تسمّي localhost أو هذا العنوان أو اسمًا في ⁦--allow-host⁩',
  "serve-host-unknown": 'تعذّر الاستماع على "{host}": لا يوجد مضيف بهذا الاسم (تحقّق من ⁦--host⁩)',
  "serve-host-not-local":
    'تعذّر الاستماع على "{host}": هذا العنوان لا يخص هذا الجهاز (استخدم 127.0.0.1 أو عنوان إحدى واجهاته)',
  "cli-internal-error":
    "توقفت «حلقة» بسبب خطأ غير متوقع ({detail})؛ والخلل فيها لا في بياناتك — يُرجى الإبلاغ عنه (يعرض HALQA_DEBUG=1 التفاصيل)",
  "internal-error": "حدث خطأ غير متوقع في الخادم، وقد سُجِّل",
  "analysis-failed": "تعذّر إكمال التحليل: {reason, select, none {دون سبب مذكور} other {{reason}}}",
  "self-liability": "لا يمكن للعقدة أن تكون مدينة لنفسها ({node})",
  "holdings-over-100":
    "حصص {kind, select, debt {الدَّين} other {الملكية}} في {issuer} مجموعها {total}%، أي أكثر من 100%",
  "unknown-node": 'عقدة غير معروفة "{id}"',
  "duplicate-node": 'معرّف العقدة "{id}" مكرر (أول ظهور في nodes[{first}])',
  "fraction-out-of-range": "يجب أن تكون النسبة بين 0 و1 (القيمة {value})",
  "months-not-positive": "يجب أن يكون التأخير عددًا موجبًا من الأشهر (القيمة {value})",
  "scenario-unknown-parameter": 'لا يوجد في البيانات معامل أو مؤشر باسم "{id}"',
  "scenario-no-revenue": 'لا تذكر البيانات إيرادات لـ "{id}"، فلا شيء يمكن خفضه',
  "distribution-not-positive": "يجب أن يكون {name} في التوزيع موجبًا (القيمة {value})",
  "distribution-min-above-max": "الحد الأدنى للتوزيع ({min}) أكبر من حده الأعلى ({max})",
  "distribution-mode-outside": "المنوال {mode} يقع خارج [{min}، {max}]",
  "distribution-leaves-range":
    "قد تقع العينات في [{low}، {high}] خارج المسموح [{min}، {max}]: ضيّق التوزيع أو أضف clip: true",
  "unknown-site": 'موقع غير معروف "{id}" (data/ai-economy/sites.yaml)',
  "region-needs-delay": "تنطبق المنطقة على التأخير فقط: أضف delayMonths",
  "no-site-in-region": 'لا يوجد في البيانات موقع في المنطقة أو الدولة "{region}"',
  "delay-beyond-horizon":
    "تأخير {months, plural, zero {{months} شهر} one {شهر واحد} two {شهران} few {{months} أشهر} many {{months} شهرًا} other {{months} شهر}} أطول من أفق اختبار الضغط البالغ {horizon, plural, zero {{horizon} سنة} one {سنة واحدة} two {سنتان} few {{horizon} سنوات} many {{horizon} سنةً} other {{horizon} سنة}}",
  "csv-other-format": "لا يُقرأ هنا ملف ⁦{extension}⁩: قدّم ملف CSV بالأعمدة ⁦{expected}⁩",
  "csv-empty": "لا يحتوي الملف على صفوف: إنه فارغ أو يضم سطر العناوين فقط",
  "csv-columns":
    "{missing, select, none {} other {أعمدة ناقصة: {missing}؛ }}{unknown, select, none {} other {أعمدة غير معروفة: {unknown}؛ }}الأعمدة المطلوبة: {expected}",
  "csv-bad-row":
    '{reason, select, field_count {في هذا الصف {found} حقول بينما في سطر العناوين {expected}} text_after_quote {يوجد نص بعد علامة اقتباس الإغلاق (داخل حقل مقتبس اكتب علامة الاقتباس هكذا "")} unclosed_quote {علامة اقتباس لم تُغلق، فسيصبح باقي الملف حقلًا واحدًا} other {تعذّرت قراءة هذا الصف}}',
  "duplicate-row": "الصف نفسه مكرر (ورد أولًا في السطر {first})",
  "weights-over-100": "مجموع أوزان {index} يبلغ {total}%، أي أكثر من 100%",
  "ledger-missing":
    "{wildcards, select, none {ملف السجل غير موجود (تحقّق من المسار)} other {ملف السجل غير موجود: يُقرأ المسار اسمًا لملف واحد يحوي {wildcards}؛ لقراءة الملفات المطابقة له نمطًا أضف ⁦--glob⁩}}",
  "ledger-empty": "السجل بلا معاملات: الملف فارغ أو لا يحوي إلا سطر العناوين",
  "ledger-unreadable": "تعذّرت قراءة ملف السجل{format, select, none {} other { بصيغة {format}}}: {detail}",
  "ledger-missing-columns":
    "تعذّر تحديد {count, plural, =1 {عمود {missing}} =2 {عمودَي {missing}} other {أعمدة {missing}}} (الموجود: {found})؛ {count, plural, =1 {سمِّه بالخيار {flags}} other {سمِّها بالخيارات {flags}}}",
  "ledger-unknown-column": 'الخيار {flag} يسمّي العمود "{column}" وهو غير موجود في الملف (الموجود: {found})',
  "ledger-column-type":
    'نوع عمود {roleName} "{column}" هو {type}؛ ويجب أن يكون {role, select, ts {طابعًا زمنيًا (⁦TIMESTAMP⁩) أو تاريخًا (⁦DATE⁩) أو عددًا بالثواني أو الميلي ثانية منذ بداية حقبة يونكس أو نصًا بصيغة ⁦ISO 8601⁩} amount {عددًا (صحيحًا أو عشريًا) أو نصًا} other {نصًا أو عددًا صحيحًا}}',
  "ledger-missing-value":
    "الصف {row}: {column, select, none {قيمة مطلوبة} other {{column}}} فارغ{total, plural, =0 {} =1 {} other { ({total} صفًا في المجموع)}}",
  "ledger-bad-amount":
    "{infinite, select, true {الصف {row}: المبلغ {value} أكبر من أن يكون رقمًا محدودًا (سيُقرأ لانهائيًا)} other {الصف {row}: المبلغ ليس رقمًا: {value} (اكتب أرقامًا مجردة مثل 1250000 أو 1.25e6، بلا فواصل للآلاف ولا رموز للعملات)}}{total, plural, =0 {} =1 {} other { ({total} صفًا في المجموع)}}",
  "ledger-negative-amount":
    "الصف {row}: لا يجوز أن يكون المبلغ سالبًا ({value})؛ لتسجيل مال يتدفق في الاتجاه المعاكس بدِّل بين الدافع والمستفيد{total, plural, =0 {} =1 {} other { ({total} صفًا في المجموع)}}",
  "ledger-bad-timestamp":
    "الصف {row}: ليس طابعًا زمنيًا: {value} (استخدم تاريخًا ووقتًا بصيغة ISO 8601 مثل 2025-03-10T12:00:00Z، أو عدد الثواني أو المللي ثانية منذ بداية 1970){total, plural, =0 {} =1 {} other { ({total} صفًا في المجموع)}}",
  "ledger-mixed-time-zones":
    "الصف {row}: القيمة {value} {offset, select, none {بلا فارق توقيت} other {فيها فارق توقيت}}، بينما {offset, select, none {{withOffset}} other {{withoutOffset}}} صفًا آخر {offset, select, none {فيها فارق} other {بلا فارق}}؛ لا يمكن ترتيب سجل يخلط بين الاثنين زمنيًا (أعطِ كل الأوقات فارق توقيت أو لا تعطِه لأيّ منها)",
  "ledger-mixed-units":
    "الصف {row}: الرقم الزمني {value} بوحدة تختلف عن البقية ({seconds} تبدو ثواني و{milliseconds} تبدو مللي ثانية)؛ وحِّد الوحدة أو صرِّح بها بالخيار ⁦--ts-unit⁩ s|ms",
  "output-is-input":
    "الملف ⁦{file}⁩ هو ملف المدخلات{sameFile, select, true {} other { (⁦{input}⁩)}}: الكتابة فوقه تتلفه، مع ⁦--force⁩ أو بدونه؛ اختر ملفًا آخر للخيار ⁦--out⁩",
  "output-inside-input":
    "الملف ⁦{file}⁩ يقع داخل مجلد المدخلات ⁦{input}⁩: قد يحلّ الناتج محلّ البيانات التي يُقرأ منها أو يختلط بها؛ اختر ملفًا للخيار ⁦--out⁩ خارج هذا المجلد",
  "output-exists":
    "الملف ⁦{file}⁩ موجود من قبل وبقي على حاله؛ أضف ⁦--force⁩ لاستبداله، أو اختر ملفًا آخر للخيار ⁦--out⁩",
  "output-is-directory": "⁦{file}⁩ مجلد، والخيار ⁦--out⁩ يأخذ اسم ملف",
  "output-folder-missing":
    "لا يمكن كتابة ⁦{file}⁩: {found, select, file {⁦{folder}⁩ ملف لا مجلد} other {المجلد ⁦{folder}⁩ غير موجود}}",
  "brief-format": "⁦{file}⁩: يُكتب الموجز بصيغة ⁦.html⁩ أو ⁦.pdf⁩، فاختر اسم ملف ينتهي بإحداهما",
  "brief-uncertain-scenario":
    "يستمد الملف ⁦{file}⁩ صدماته من توزيعات احتمالية، والموجز يعرض تشغيلًا واحدًا محددًا (شغّل ⁦halqa stress {file}⁩ لمحاكاة مونت كارلو)",
  "brief-one-subject": "الموجز يتناول موضوعًا واحدًا: حدّد ⁦--company⁩ أو ⁦--scenario⁩، لا الاثنين معًا",
  "brief-written": "كُتب الموجز في ⁦{file}⁩",
  "no-chromium":
    "تُطبع ملفات PDF عبر متصفح كروميوم دون واجهة، ولم يُعثر عليه ({detail})؛ ثبّت كروميوم، أو حدّد مساره في HALQA_CHROMIUM، أو اكتب ⁦--out brief.html⁩ واطبعه من المتصفح",
  "print-failed": "تعذّر على كروميوم طباعة الموجز بصيغة PDF: {detail}",
  "workers-capped":
    "العدد ⁦--workers⁩ {asked} يتجاوز عدد أنوية هذا الجهاز ({cores})، لذا ستُستخدم {used} من مسارات التنفيذ",
  "ledger-glob-empty": "لا يوجد ملف يطابق النمط {pattern} (⁦--glob⁩)",
  "server-busy":
    "الخادم مشغول: {running} من العمليات الحسابية الثقيلة قيد التنفيذ و{queued} في الانتظار، وهو الحد الأقصى؛ أعد المحاولة بعد {retryAfter} ثانية",
  "invalid-json":
    '{line, select, none {ليس JSON صالحًا} other {ليس JSON صالحًا: السطر {line}، العمود {column}، وُجد {found, select, end {نهاية النص} other {"{found}"}}}}',
  "empty-body": "الطلب بلا جسم؛ أرسل المدخلات بصيغة JSON",
  "query-not-utf8":
    'ليس نصًا بترميز UTF-8 بعد فك رموز % فيه ("{raw}")؛ رمّز النص بترميز UTF-8 كما تفعل encodeURIComponent',
  "unsupported-charset":
    "يجب أن يكون الجسم نص JSON بترميز UTF-8: أُعلن ترميزه {charset}، وهو ترميز لا تقرؤه «حلقة» (أرسل النص بترميز UTF-8، مع charset=utf-8 أو دونه)",
  "unsupported-media-type":
    "يجب إرسال الجسم بصيغة JSON (Content-Type: application/json)، لا {type, select, none {دون نوع} other {{type}}}",
  "post-only":
    "الطريقة {method, select, none {هذه} other {{method}}} غير مسموحة هنا: أرسل طلب POST بجسم JSON",
  "unknown-scenario": 'لا يوجد سيناريو مرفق بالمعرّف "{id}"؛ المعروف: {known}',
  "no-convergence": "لم يتقارب النموذج {model} خلال {iterations} تكرار (أكبر تغيّر {residual})",
  "invalid-model-option": "أحد خيارات النموذج {model} مستحيل: {detail}",
  "network-too-large": "في الشبكة {nodes} عقدة و{links} رابطًا؛ الحد {maxNodes} عقدة و{maxLinks} رابط",
  "unknown-job": 'لا توجد مهمة مونت كارلو بالمعرّف "{id}": لم تبدأ قط، أو انتهت وحُذفت بعد دقائق',
  "too-many-jobs":
    "{scope, select, client {لديك {limit} من مهام مونت كارلو قيد التشغيل؛ انتظر انتهاء إحداها أو ألغها} other {يشغّل الخادم الحد الأقصى من مهام مونت كارلو ({limit})؛ أعد المحاولة بعد قليل}}",
  "no-distributions":
    'السيناريو "{id}" بلا توزيعات احتمالية: ستتطابق العينات كلها؛ شغّله مرة واحدة عبر POST /api/stress',
  "sample-failed": "فشلت العينة {sample} (بذرة التشغيل {seed}، بذرة العينة {sampleSeed}): {reason}",
  "run-failed": "توقف تشغيل مونت كارلو بسبب خطأ غير متوقع؛ سجّله الخادم",
};
