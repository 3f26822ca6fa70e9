/** The enums' value lists live with the model in core (src/core/model/enums.ts); kept here for old imports. */
export { DEAL_STATUSES, DEAL_TYPES } from "../core/model/enums.ts";
