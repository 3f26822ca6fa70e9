import type { cliLedgerEn } from "./cli-ledger.en.ts";
import type { Shape } from "./tree.ts";

export const cliLedgerAr: Shape<typeof cliLedgerEn> = {
  invalid:
    "{file}: {count, plural, zero {{count} مشكلة} one {مشكلة واحدة} two {مشكلتان} few {{count} مشكلات} many {{count} مشكلةً} other {{count} مشكلة}}؛ لم يُفحص شيء.",
  read: "{file} ({format}): قُرئ {rows, plural, zero {{rows} صف} one {صف واحد} two {صفان} few {{rows} صفوف} many {{rows} صفًا} other {{rows} صف}}، {loaded, plural, zero {{loaded} معاملة} one {معاملة واحدة} two {معاملتان} few {{loaded} معاملات} many {{loaded} معاملةً} other {{loaded} معاملة}} بين {accounts, plural, zero {{accounts} حساب} one {حساب واحد} two {حسابين} few {{accounts} حسابات} many {{accounts} حسابًا} other {{accounts} حساب}}، في {seconds} ث.",
  columns: "الأعمدة: الدافع {src}، المستفيد {dst}، الوقت {ts}، المبلغ {amount}، المعرّف {id}.",
  guessed:
    "{count, plural, =1 {خُمّن عمود {roles} من اسمه} =2 {خُمّن عمودا {roles} من اسميهما} other {خُمّنت أعمدة {roles} من أسمائها}}. إن كان التخمين خاطئًا فسمِّها (⁦--src⁩ و⁦--dst⁩ و⁦--ts⁩ و⁦--amount⁩ و⁦--id⁩).",
  role: "{role, select, src {الدافع} dst {المستفيد} ts {الوقت} amount {المبلغ} other {المعرّف}}",
  tsUnit: "قُرئت الأوقات الرقمية على أنها {unit, select, ms {مللي ثانية} other {ثوانٍ}} منذ بداية 1970.",
  selfLoops:
    "{count, plural, zero {{count} معاملة ذاتية} one {معاملة ذاتية واحدة} two {معاملتان ذاتيتان} few {{count} معاملات ذاتية} many {{count} معاملةً ذاتيةً} other {{count} معاملة ذاتية}} (الدافع هو المستفيد) نُحّيت جانبًا ولم تُعدّ حلقات.",
  duplicates:
    "{count, plural, zero {{count} صف} one {صف واحد} two {صفان} few {{count} صفوف} many {{count} صفًا} other {{count} صف}} يكرر صفًا آخر تمامًا (الدافع والمستفيد والوقت والمبلغ)؛ كلٌّ منها يُعدّ معاملة مستقلة.",
  shard: "الجزء {index}/{count}: الحلقات التي تبدأ أولى معاملاتها من {from} إلى ما قبل {to}.",
  temporal:
    "حلقات زمنية: كل معاملة بعد سابقتها، وآخر معاملة بعد الأولى بما لا يزيد على {window}، ولا يتجاوز عدد المعاملات في الحلقة {hops}.",
  staticAccounts:
    "حلقات ساكنة بين الحسابات من {hops, plural, zero {{hops} معاملة} one {معاملة واحدة} two {معاملتين} few {{hops} معاملات} many {{hops} معاملةً} other {{hops} معاملة}} على الأكثر (دون اشتراط الترتيب الزمني)؛ مدفوعات الدافع الواحد إلى المستفيد الواحد خطوة واحدة، وتحمل كل حلقة عدد حلقات المعاملات التي تمثلها.",
  staticTransactions:
    "حلقات ساكنة من {hops, plural, zero {{hops} معاملة} one {معاملة واحدة} two {معاملتين} few {{hops} معاملات} many {{hops} معاملةً} other {{hops} معاملة}} على الأكثر (دون اشتراط الترتيب الزمني)، حلقة لكل اختيار من المدفوعات المتوازية (⁦--per-transaction⁩).",
  foundAccounts:
    "وُجدت {count, plural, zero {{cycles} حلقة حسابات} one {حلقة حسابات واحدة} two {حلقتا حسابات} few {{cycles} حلقات حسابات} many {{cycles} حلقةَ حسابات} other {{cycles} حلقة حسابات}}، تمثل {total, plural, zero {{combinations} حلقة معاملات} one {حلقة معاملات واحدة} two {حلقتي معاملات} few {{combinations} حلقات معاملات} many {{combinations} حلقةَ معاملات} other {{combinations} حلقة معاملات}} (حلقة لكل اختيار من المدفوعات المتوازية){exact, select, no { — عدد تقريبي: تجاوز 2^53} other {}}.",
  combinations: "التوليفات",
  tooManyCombinations:
    "سيعدّد ⁦--per-transaction⁩ {combinations} حلقة معاملات (محسوبة من {cycles} حلقة حسابات)، أي أكثر من {limit}: لن يتسع لها الجهاز. احذف ⁦--per-transaction⁩ لتحصل على حلقات الحسابات مع أعدادها، أو خفّض ⁦--max-hops⁩، أو أضف ⁦--force-enumeration⁩ لتعدادها رغم ذلك.",
  enumerationForced:
    "⁦--force-enumeration⁩: تعداد {combinations} حلقة معاملات (محسوبة من {cycles} حلقة حسابات)؛ قد يستغرق ذلك وقتًا طويلًا جدًا أو تنفد الذاكرة.",
  minAmount: "أُهملت المعاملات التي تقل عن {amount}.",
  retention: "فقط الحلقات التي يبقى مبلغها بين {low} و{high} من مبلغ الخطوة السابقة.",
  found:
    "وُجدت {count, plural, zero {{cycles} حلقة} one {حلقة واحدة} two {حلقتان} few {{cycles} حلقات} many {{cycles} حلقةً} other {{cycles} حلقة}}.",
  none: "لم توجد حلقات.",
  limited:
    "اقتصر الإخراج على {limit, plural, zero {أول {limit} حلقة} one {الحلقة الأولى} two {أول حلقتين} few {أول {limit} حلقات} many {أول {limit} حلقةً} other {أول {limit} حلقة}} (⁦--limit⁩)؛ والعدّ هنا يشمل الحلقات كلها وعددها {cycles}.",
  stopped: "توقف الفحص قبل أن يكتمل: الأعداد حدود دنيا.",
  written:
    "كُتبت {count, plural, zero {{count} حلقة} one {حلقة واحدة} two {حلقتان} few {{count} حلقات} many {{count} حلقةً} other {{count} حلقة}} في {file}.",
  time: "الوقت: القراءة {ingest} ث، الفحص {scan} ث.",
  workerTime:
    "خيط البحث {worker}: عمل {busy} ث (منها {waited} ث في انتظار الكتابة)، وانتهى بعد {finished} ث.",
  list: "{shown, plural, zero {أول {shown} حلقة} one {الحلقة الأولى} two {أول حلقتين} few {أول {shown} حلقات} many {أول {shown} حلقةً} other {أول {shown} حلقة}}",
  start: "البداية",
  duration: "المدة",
  path: "الحسابات",
  transactions: "المعاملات",
  amounts: "المبالغ",
  retained: "المتبقي",
  progressRead: "قراءة الملف: {done} من أصل {total} ميغابايت",
  progressIngest:
    "تحميل {rows, plural, zero {{rows} معاملة} one {معاملة واحدة} two {معاملتان} few {{rows} معاملات} many {{rows} معاملةً} other {{rows} معاملة}}",
  progressScan: "{edges} من {total} معاملة، {cycles} حلقة، {rate} حلقة/ث",
  interrupted: "قُطع الفحص: لم يُكتب ملف إخراج.",
  failed: "فشل الفحص: لم يُكتب ملف إخراج.",
  globFiles:
    "⁦--glob⁩ {pattern}: قُرئ {count, plural, zero {{count} ملف} one {ملف واحد} two {ملفان} few {{count} ملفات} many {{count} ملفًا} other {{count} ملف}}: {files}",
  staleRemoved:
    "حُذف {count, plural, zero {{count} ملف مؤقت} one {ملف مؤقت واحد} two {ملفان مؤقتان} few {{count} ملفات مؤقتة} many {{count} ملفًا مؤقتًا} other {{count} ملف مؤقت}} من تشغيل سابق أُوقف قسرًا: {files}",
};
