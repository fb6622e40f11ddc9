import { FIELDS, type Field, type Language } from "../engine";
import { isLanguage } from "../i18n";

export type CliOptions = {
  readonly input: string;
  readonly sheet: string | undefined;
  readonly out: string | undefined;
  readonly rules: string | undefined;
  readonly lang: Language | undefined;
  readonly report: string | undefined;
  readonly inPlace: boolean;
  readonly quiet: boolean;
  /** `--remove-saved`: write the workbook without the data runs saved in it; nothing is tiered. */
  readonly removeSaved: boolean;
  /**
   * `--remove-tiering`: write the workbook as it was before the runs, as the pane's "Remove the
   * tiering…" leaves it: our columns, sheets and saved data gone; nothing is tiered.
   */
  readonly removeTiering: boolean;
  /** `--as-of YYYY-MM-DD`: the day the run counts from (next reviews, years of tenure), else today. */
  readonly asOf: Date | undefined;
  /**
   * Columns mapped by hand: `--map name=经销商` (repeatable); the header text, or a column letter; each
   * over the column the last run saved for its field, the others staying. `--map owner=` (nothing after
   * the =): null, automatic again.
   */
  readonly mapping: Partial<Record<Field, string | null>>;
};

/** A usage problem: what to say, in terms the messages catalog can phrase. */
export type UsageProblem =
  | { readonly kind: "unknownOption"; readonly option: string }
  | { readonly kind: "missingValue"; readonly option: string }
  | { readonly kind: "missingInput" }
  | { readonly kind: "tooManyInputs"; readonly extra: string }
  | { readonly kind: "badLanguage"; readonly value: string }
  | { readonly kind: "badDate"; readonly value: string }
  | { readonly kind: "badMapping"; readonly value: string }
  | { readonly kind: "mapTwice"; readonly field: string; readonly first: string; readonly second: string }
  | { readonly kind: "inPlaceWithOut" }
  | { readonly kind: "removeSavedWith"; readonly flag: string; readonly option: string };

export type ParsedArguments =
  | { readonly kind: "run"; readonly options: CliOptions }
  | { readonly kind: "help"; readonly lang: Language | undefined }
  | { readonly kind: "version" }
  | { readonly kind: "usage"; readonly problem: UsageProblem; readonly lang: Language | undefined };

const VALUE_OPTIONS = new Set(["--sheet", "--out", "--rules", "--lang", "--report", "--map", "--as-of"]);

/**
 * The day `--as-of` names, YYYY-MM-DD (2025-12-31, 2025-1-5 too), as midnight UTC; undefined for
 * anything else, a day no calendar has (2025-02-30) among them.
 * @example dateOption("2025-12-31")?.toISOString() // "2025-12-31T00:00:00.000Z"
 */
export function dateOption(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
    ? date
    : undefined;
}
const FLAG_OPTIONS = new Set([
  "--in-place",
  "--quiet",
  "--remove-saved",
  "--remove-tiering",
  "--help",
  "-h",
  "--version",
  "-V",
]);
/** Options of a run that tiers: with --remove-saved or --remove-tiering, which tier nothing, they would be ignored. */
const TIERING_OPTIONS = ["--sheet", "--rules", "--report", "--map", "--as-of"] as const;

/**
 * The language `--lang` names, written as people write it: zh-CN, zh_CN, zh-cn, zh, zh-Hans (Simplified
 * Chinese) or en-US, en, en-GB and the like; undefined for anything else (zh-TW among them: the Chinese
 * we write is Simplified).
 * @example languageOption("zh_cn") // "zh-CN"
 */
export function languageOption(text: string | undefined): Language | undefined {
  if (text === undefined) return undefined;
  if (isLanguage(text)) return text;
  if (/^zh(?:[-_](?:cn|hans|sg|hans[-_]cn))?$/i.test(text)) return "zh-CN";
  if (/^en(?:[-_][a-z]{2})?$/i.test(text)) return "en-US";
  return undefined;
}

/**
 * Reads the command line: `<input.xlsx> [--sheet NAME] [--out FILE] [--rules FILE] [--lang L]
 * [--report FILE] [--map FIELD=HEADER]… [--as-of YYYY-MM-DD] [--in-place] [--quiet] [--help]`, or
 * `<input.xlsx> --remove-saved|--remove-tiering [--out FILE | --in-place]`; `--opt=value`
 * works too.
 * @example parseArguments(["in.xlsx", "--lang", "en-US"]).kind // "run"
 */
export function parseArguments(argv: readonly string[]): ParsedArguments {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const maps: string[] = [];
  const positionals: string[] = [];
  let problem: UsageProblem | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (FLAG_OPTIONS.has(name) && eq < 0) {
      flags.add(name);
    } else if (VALUE_OPTIONS.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[i + 1];
      if (value === undefined || value === "" || (eq < 0 && value.startsWith("--"))) {
        problem ??= { kind: "missingValue", option: name };
      } else {
        if (name === "--map") maps.push(value);
        else values.set(name, value);
        if (eq < 0) i++;
      }
    } else {
      problem ??= { kind: "unknownOption", option: name };
    }
  }
  const langText = values.get("--lang");
  const lang = languageOption(langText);
  if (flags.has("--help") || flags.has("-h")) return { kind: "help", lang };
  if (flags.has("--version") || flags.has("-V")) return { kind: "version" };
  if (langText !== undefined && !lang) problem ??= { kind: "badLanguage", value: langText };
  const asOfText = values.get("--as-of");
  const asOf = asOfText === undefined ? undefined : dateOption(asOfText);
  if (asOfText !== undefined && !asOf) problem ??= { kind: "badDate", value: asOfText };
  const mapping: Partial<Record<Field, string | null>> = {};
  for (const m of maps) {
    const at = m.indexOf("=");
    const field = m.slice(0, at).trim() as Field;
    const text = m.slice(at + 1).trim();
    // Nothing after the "=": automatic, over the column the last run saved.
    const header = text === "" ? null : text;
    if (at <= 0 || !FIELDS.includes(field)) problem ??= { kind: "badMapping", value: m };
    else if (field in mapping && mapping[field] !== header)
      problem ??= {
        kind: "mapTwice",
        field,
        first: mapping[field] ?? "",
        second: header ?? "",
      };
    else mapping[field] = header;
  }
  if (positionals.length === 0) problem ??= { kind: "missingInput" };
  if (positionals.length > 1) problem ??= { kind: "tooManyInputs", extra: positionals[1] as string };
  // --in-place writes to the input: an --out as well would be ignored, or obeyed, without a word.
  if (flags.has("--in-place") && values.has("--out")) problem ??= { kind: "inPlaceWithOut" };
  for (const flag of ["--remove-saved", "--remove-tiering"] as const)
    if (flags.has(flag))
      for (const option of TIERING_OPTIONS)
        if (values.has(option) || (option === "--map" && maps.length > 0))
          problem ??= { kind: "removeSavedWith", flag, option };
  // --remove-tiering removes the saved data too: both at once is one of them said twice.
  if (flags.has("--remove-saved") && flags.has("--remove-tiering"))
    problem ??= { kind: "removeSavedWith", flag: "--remove-tiering", option: "--remove-saved" };
  if (problem) return { kind: "usage", problem, lang };
  return {
    kind: "run",
    options: {
      input: positionals[0] as string,
      sheet: values.get("--sheet"),
      out: values.get("--out"),
      rules: values.get("--rules"),
      lang,
      report: values.get("--report"),
      inPlace: flags.has("--in-place"),
      quiet: flags.has("--quiet"),
      removeSaved: flags.has("--remove-saved"),
      removeTiering: flags.has("--remove-tiering"),
      asOf,
      mapping,
    },
  };
}
