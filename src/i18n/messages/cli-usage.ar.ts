import type { cliUsageEn } from "./cli-usage.en.ts";
import type { Shape } from "./tree.ts";

export const cliUsageAr: Shape<typeof cliUsageEn> = {
  unknownOption: "خطأ: خيار غير معروف ⁦{flag}⁩",
  unknownCommand: "خطأ: أمر غير معروف ⁦{name}⁩",
  missingArgument: "خطأ: ينقص المُعطى المطلوب ⁦{name}⁩",
  optionArgumentMissing: "خطأ: لم تُعطَ قيمة للخيار ⁦{flags}⁩",
  tooManyArguments:
    "خطأ: مُعطيات أكثر من اللازم{command, select, none {} other { للأمر ⁦{command}⁩}}: {expected, plural, zero {لا يُنتظر أي مُعطى} one {يُنتظر مُعطى واحد} two {يُنتظر مُعطيان} few {يُنتظر # مُعطيات} many {يُنتظر # مُعطًى} other {يُنتظر # مُعطى}}، وورد {got}.",
  invalidChoice: "خطأ: القيمة ⁦{value}⁩ غير صالحة للخيار ⁦{flags}⁩؛ القيم المسموحة: ⁦{choices}⁩.",
  didYouMean: "(هل تقصد ⁦{name}⁩؟)",
  didYouMeanOneOf: "(هل تقصد أحد هذه: ⁦{names}⁩؟)",
};
