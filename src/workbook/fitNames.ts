import type { Messages } from "../i18n";
import { displayWidth } from "./textWidth";

/**
 * As many names as fit in `width` character units (CJK counting two), the rest counted: a printed page
 * cuts off what runs past its last column ("…、杭州盛世贸易有限公" was all a manager saw of a sixth name).
 * @example fitNames(["华东建材", "华南商贸", "西北经销部"], 20, zh) // "华东建材、华南商贸等3家"
 */
export function fitNames(names: readonly string[], width: number, messages: Messages): string {
  const m = messages.engine;
  const all = m.list([...names]);
  if (names.length <= 1 || displayWidth(all) <= width) return all;
  let shown = 0;
  let text = "";
  for (; shown < names.length; shown++) {
    const next = m.list(names.slice(0, shown + 1));
    const withRest = messages.workbook.namesAndMore(next, names.length, names.length - shown - 1);
    if (shown > 0 && displayWidth(withRest) > width) break;
    text = next;
  }
  return messages.workbook.namesAndMore(text, names.length, names.length - shown);
}
