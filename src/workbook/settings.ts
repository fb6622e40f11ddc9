import {
  type EngineMessages,
  type Field,
  FIELDS,
  type Finding,
  type Language,
  type OutputKey,
  OUTPUT_KEYS,
  type Rules,
  validateRules,
} from "../engine";
import { isLanguage } from "../i18n";

export const SETTINGS_FORMAT = "channel-tiering/settings";
export const SETTINGS_VERSION = 1;
/** The very hidden sheet that carries the settings in every workbook, for the add-in and the CLI alike. */
export const SETTINGS_SHEET = "_ChannelTiering";
/** Excel holds at most 32,767 characters in a cell: longer settings span cells A1, A2, … */
export const SETTINGS_CELL_CHARS = 32_000;

/** What a run saves in the workbook so that anyone who opens it re-runs with the same rules. */
export type SavedSettings = {
  readonly format: typeof SETTINGS_FORMAT;
  readonly version: number;
  readonly savedAt: string;
  readonly language: Language;
  readonly sheet: string;
  readonly rules: Rules;
  /** Field → header text, as chosen or detected. */
  readonly mapping: Readonly<Partial<Record<Field, string>>>;
  readonly output: {
    /** Output key → header text written. */
    readonly columns: Readonly<Partial<Record<OutputKey, string>>>;
    readonly strategySheet: string;
    readonly changeLogSheet: string;
  };
};

/** Excel reads a cell text starting with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Splits settings into the cell texts stored down column A of the settings sheet. A chunk never starts
 * with a character Excel would read as a formula (a split that would is moved a character earlier).
 * @example serializeSettings(settings)[0].startsWith("{") // true
 */
export function serializeSettings(settings: SavedSettings): string[] {
  const json = JSON.stringify(settings);
  const chunks: string[] = [];
  for (let i = 0; i < json.length;) {
    let end = Math.min(json.length, i + SETTINGS_CELL_CHARS);
    while (end < json.length && end > i + 1 && FORMULA_START.test(json.charAt(end))) end--;
    chunks.push(json.slice(i, end));
    i = end;
  }
  return chunks.length > 0 ? chunks : ["{}"];
}

/**
 * Reads settings back from the cell texts of column A. Settings that cannot be read give a finding and
 * null, so a run falls back to the defaults; unknown or invalid rules are reported by `validateRules`.
 * @example parseSettings(serializeSettings(s), enUS).settings?.sheet
 */
export function parseSettings(
  cells: readonly unknown[],
  messages: EngineMessages,
): { settings: SavedSettings | null; findings: Finding[] } {
  const text = cells.filter((c): c is string => typeof c === "string").join("");
  if (text.trim() === "") return { settings: null, findings: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { settings: null, findings: [invalid(messages, "(settings)", text.slice(0, 40))] };
  }
  if (typeof raw !== "object" || raw === null || (raw as { format?: unknown }).format !== SETTINGS_FORMAT) {
    return {
      settings: null,
      findings: [invalid(messages, "format", String((raw as { format?: unknown } | null)?.format))],
    };
  }
  const r = raw as Record<string, unknown>;
  const { rules, findings } = validateRules(r.rules, messages);
  const mapping: Partial<Record<Field, string>> = {};
  if (typeof r.mapping === "object" && r.mapping !== null) {
    for (const [k, v] of Object.entries(r.mapping)) {
      if ((FIELDS as readonly string[]).includes(k) && typeof v === "string") mapping[k as Field] = v;
    }
  }
  const out = (typeof r.output === "object" && r.output !== null ? r.output : {}) as Record<string, unknown>;
  const columns: Partial<Record<OutputKey, string>> = {};
  if (typeof out.columns === "object" && out.columns !== null) {
    for (const [k, v] of Object.entries(out.columns)) {
      if ((OUTPUT_KEYS as readonly string[]).includes(k) && typeof v === "string")
        columns[k as OutputKey] = v;
    }
  }
  return {
    settings: {
      format: SETTINGS_FORMAT,
      version: SETTINGS_VERSION,
      savedAt: typeof r.savedAt === "string" ? r.savedAt : "",
      language: isLanguage(r.language) ? r.language : "en-US",
      sheet: typeof r.sheet === "string" ? r.sheet : "",
      rules,
      mapping,
      output: {
        columns,
        strategySheet: typeof out.strategySheet === "string" ? out.strategySheet : "",
        changeLogSheet: typeof out.changeLogSheet === "string" ? out.changeLogSheet : "",
      },
    },
    findings,
  };
}

function invalid(messages: EngineMessages, setting: string, value: string): Finding {
  return {
    code: "rules.invalid",
    severity: "error",
    setting,
    message: messages.finding.rulesInvalid(`${SETTINGS_SHEET}!${setting}`, value, messages.expect.object),
  };
}
