import {
  type Change,
  DAY_MS,
  type EngineMessages,
  type PreviousRun,
  TIERS,
  type Tier,
  type Field,
  FIELDS,
  type Finding,
  type Language,
  type OutputKey,
  OUTPUT_KEYS,
  type Rules,
  validateRules,
} from "../engine";
import { LANGUAGES, getMessages, isLanguage } from "../i18n";

export const SETTINGS_FORMAT = "channel-tiering/settings";
export const SETTINGS_VERSION = 2;
/** Up to this many accounts the roster keeps every account; beyond it, the key accounts only. */
export const ROSTER_LIMIT = 20_000;
/** A run's entry in the change log keeps at most this many changed accounts. */
export const HISTORY_CHANGES_LIMIT = 500;
/** The very hidden sheet that carries the settings in every workbook, for the add-in and the CLI alike. */
export const SETTINGS_SHEET = "_ChannelTiering";

/** The names our strategy sheet and change log take, in either language: never the data by default. */
export const OUTPUT_SHEET_NAMES: readonly string[] = LANGUAGES.flatMap((l) => [
  getMessages(l).workbook.strategySheetName,
  getMessages(l).workbook.changeLogSheetName,
]);
/** Excel holds at most 32,767 characters in a cell: longer settings span cells A1, A2, … */
export const SETTINGS_CELL_CHARS = 32_000;

/** The last run's accounts, column by column (compact in JSON): what the next run compares against. */
export type SavedRoster = {
  readonly date: string;
  readonly complete: boolean;
  readonly names: readonly string[];
  /** One letter per account: k(ey), o(rdinary), p(rospect). */
  readonly tiers: string;
  readonly rows: readonly number[];
  readonly revenue: readonly (number | null)[];
  readonly score: readonly (number | null)[];
  readonly rank: readonly (number | null)[];
  /**
   * A fingerprint of each account's note cell after the run (`noteFingerprint`), so that the next run
   * tells a note typed over by a planner from its own. Absent in rosters saved before notes were kept.
   */
  readonly notes?: readonly number[];
  /** Positions (in this roster) of the accounts whose note cell holds a planner's own text. */
  readonly handNotes?: readonly number[];
  /**
   * Each account's next review as written (days since 1970-01-01, UTC), so that the next run tells a
   * date a planner typed over from its own. Absent in rosters saved before reviews were kept.
   */
  readonly reviews?: readonly number[];
  /** Positions (in this roster) of the accounts whose next review is a planner's date. */
  readonly handReviews?: readonly number[];
  /**
   * The months the run's sales covered (12 a year, 10 for 1-10月, null the year so far with its months
   * unsaid), so that the next run compares with them only over the same months. Absent in older rosters.
   */
  readonly months?: number | null;
  /** Each account's customer code ("" where blank), where the sheet had a code column. */
  readonly codes?: readonly string[];
};

/** One account's move in one run, with what moved it. */
export type HistoryChange = {
  readonly row: number | null;
  readonly name: string;
  readonly from: Tier | null;
  readonly to: Tier | null;
  readonly change: Change | "removed";
  readonly revenueBefore: number | null;
  readonly revenueNow: number | null;
  readonly scoreBefore: number | null;
  readonly scoreNow: number | null;
  readonly rankBefore: number | null;
  readonly rankNow: number | null;
  readonly reason: string;
};

/**
 * One run in the change log: its date and its changes (the first run records only its size). A re-run
 * that changed nothing has no changes; consecutive ones are one entry, dated by the last of them, that
 * says since when (`sameSince`, the first run of the streak) and how many runs (`sameRuns`).
 */
export type HistoryEntry = {
  readonly date: string;
  readonly first: boolean;
  readonly accounts: number;
  readonly changes: readonly HistoryChange[];
  /** Changes beyond HISTORY_CHANGES_LIMIT, counted but not listed. */
  readonly more: number;
  readonly sameSince?: string;
  readonly sameRuns?: number;
};

/** A column by its header and its place among the columns headed alike (1: the first of them). */
export type MappedColumn = { readonly header: string; readonly nth: number };

/**
 * The freeze and the filter a run added to the data sheet where it had none, and the user's print area
 * it widened over our columns (`printArea`).
 */
export type SheetAdditions = {
  readonly freeze?: true;
  readonly filter?: true;
  readonly printArea?: true;
};

/** The additions as saved: only what was added, and none at all where nothing was. */
function additions(freeze: boolean, filter: boolean, printArea: boolean): SheetAdditions | undefined {
  return freeze || filter || printArea
    ? {
        ...(freeze ? { freeze: true as const } : {}),
        ...(filter ? { filter: true as const } : {}),
        ...(printArea ? { printArea: true as const } : {}),
      }
    : undefined;
}

/** The saved additions, checked: only `true` is kept; absent where none. */
function addedOf(v: unknown): { added?: SheetAdditions } {
  const r = typeof v === "object" && v !== null ? (v as Record<string, unknown>) : {};
  const added = additions(r.freeze === true, r.filter === true, r.printArea === true);
  return added ? { added } : {};
}

/**
 * The settings a door saves after its write, with what the runs added to the data sheet: what this run
 * added, and what an earlier run of this sheet added that the sheet still has (a planner who removed our
 * filter and set their own has theirs, and it stays theirs unless a run adds one again). Both doors call
 * it with what they found and did, so both save the same.
 * @example settingsAfterWrite(plan.settings, { froze: true, filtered: false, hasFreeze: true, hasFilter: false }).output.added // { freeze: true }
 */
export function settingsAfterWrite(
  settings: SavedSettings,
  now: {
    readonly froze: boolean;
    readonly filtered: boolean;
    readonly hasFreeze: boolean;
    readonly hasFilter: boolean;
    /**
     * Whether this run widened the user's print area over our columns, and whether the sheet's print area
     * reaches into them now (an earlier run's widening still standing); both false where the door has
     * no print area to read.
     */
    readonly widenedPrint?: boolean;
    readonly printReachesOurs?: boolean;
    /**
     * The height every data row had, set by hand, as the door found it before its write (the add-in
     * measures it; the CLI's plan found it already): taken over the one saved; undefined keeps that.
     */
    readonly rowHeight?: number | undefined;
  },
): SavedSettings {
  const { added: before, rowHeight: heightBefore, ...output } = settings.output;
  const added = additions(
    now.froze || (before?.freeze === true && now.hasFreeze),
    now.filtered || (before?.filter === true && now.hasFilter),
    now.widenedPrint === true || (before?.printArea === true && now.printReachesOurs === true),
  );
  const rowHeight = rowHeightOf(now.rowHeight ?? heightBefore).rowHeight;
  return {
    ...settings,
    output: {
      ...output,
      ...(added ? { added } : {}),
      ...(rowHeight === undefined ? {} : { rowHeight }),
    },
  };
}

/** Excel's tallest row, in points ("Row height: 409 points", Excel specifications and limits). */
export const MAX_ROW_POINTS = 409;

/** A row height as saved, checked: points above 0 up to Excel's most; absent otherwise. */
function rowHeightOf(v: unknown): { rowHeight?: number } {
  return typeof v === "number" && v > 0 && v <= MAX_ROW_POINTS ? { rowHeight: v } : {};
}

/** The saved list of deleted columns, keys we know only, each once; absent where none. */
function droppedOf(v: unknown): { dropped?: OutputKey[] } {
  if (!Array.isArray(v)) return {};
  const keys = OUTPUT_KEYS.filter((k) => v.includes(k));
  return keys.length > 0 ? { dropped: keys } : {};
}

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
  /**
   * Field → the column a mapping by letters read ("D", chosen where two columns are headed alike), as
   * its header and which of the columns so headed it was: an inserted column moves the letters, and a
   * re-run follows the column instead (see `followColumns`).
   */
  readonly mappedColumns?: Readonly<Partial<Record<Field, MappedColumn>>> | undefined;
  /**
   * Field → the header of the column the run read it from, chosen or found: the next run says a field
   * whose column it no longer finds (逾期天数 retitled: every overdue account's warning gone unseen).
   * Absent in settings saved before it was kept.
   */
  readonly read?: Readonly<Partial<Record<Field, string>>> | undefined;
  readonly output: {
    /** Output key → header text written. */
    readonly columns: Readonly<Partial<Record<OutputKey, string>>>;
    readonly strategySheet: string;
    readonly changeLogSheet: string;
    /** Our columns a planner deleted from the sheet: not written again until a column headed so is back. */
    readonly dropped?: readonly OutputKey[] | undefined;
    /**
     * What the runs added to the data sheet where it had none: the header freeze, the filter. Taking the
     * tiering back removes them, and leaves a freeze or a filter of the user's (absent: none added).
     */
    readonly added?: SheetAdditions | undefined;
    /**
     * The height in points the data rows had, every one alike and set by hand (a Google Sheets export's
     * 18, a ledger set to 20), before a run grew them for its wrapped text: taking the tiering back gives
     * it back, and a re-run keeps it where its text fits (absent: rows of the sheet's own height, or of
     * heights that differ).
     */
    readonly rowHeight?: number | undefined;
  };
  /** The run's accounts, for the next run (absent in settings saved before version 2). */
  readonly roster?: SavedRoster | undefined;
  /** The change log, newest first, trimmed to the rules' history.runs. */
  readonly history?: readonly HistoryEntry[] | undefined;
};

/**
 * Excel reads a text typed or set through `Range.values` starting with one of these as a formula, or
 * (the apostrophe) takes it as the prefix that marks text and drops it from the value: such a text is
 * written with an apostrophe before it (src/excel/textCell.ts), and no settings chunk starts with one.
 */
export const NEEDS_TEXT_PREFIX = /^[=+\-@\t\r']/;

/**
 * Splits settings into the cell texts stored down column A of the settings sheet. A chunk never starts
 * with a character Excel would read as a formula or drop as the text prefix (a split that would is
 * moved a character earlier).
 * @example serializeSettings(settings)[0].startsWith("{") // true
 */
export function serializeSettings(settings: SavedSettings): string[] {
  const json = JSON.stringify(settings);
  const chunks: string[] = [];
  for (let i = 0; i < json.length;) {
    let end = Math.min(json.length, i + SETTINGS_CELL_CHARS);
    while (end < json.length && end > i + 1 && NEEDS_TEXT_PREFIX.test(json.charAt(end))) end--;
    chunks.push(json.slice(i, end));
    i = end;
  }
  return chunks.length > 0 ? chunks : ["{}"];
}

/** Which of our sheets a sheet is. */
export type ProductSheet = "strategy" | "changeLog" | "settings";

/**
 * The sheets the product wrote, by name: the settings sheet always, and the strategy sheet and change log
 * the saved settings name (never the sheet they tiered). A user's sheet of one of these names that no
 * settings claim is not among them.
 * @example productSheetsOf(saved).get("分级策略") // "strategy"
 */
export function productSheetsOf(saved: SavedSettings | null): ReadonlyMap<string, ProductSheet> {
  const sheets = new Map<string, ProductSheet>([[SETTINGS_SHEET, "settings"]]);
  if (!saved) return sheets;
  for (const [name, kind] of [
    [saved.output.strategySheet, "strategy"],
    [saved.output.changeLogSheet, "changeLog"],
  ] as const)
    if (name !== "" && name !== saved.sheet) sheets.set(name, kind);
  return sheets;
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
  const mappedColumns: Partial<Record<Field, MappedColumn>> = {};
  if (typeof r.mappedColumns === "object" && r.mappedColumns !== null) {
    for (const [k, v] of Object.entries(r.mappedColumns as Record<string, unknown>)) {
      const c = v as Partial<Record<keyof MappedColumn, unknown>> | null;
      if (
        (FIELDS as readonly string[]).includes(k) &&
        typeof c === "object" &&
        c !== null &&
        typeof c.header === "string" &&
        c.header.trim() !== "" &&
        Number.isInteger(c.nth) &&
        (c.nth as number) >= 1
      )
        mappedColumns[k as Field] = { header: c.header, nth: c.nth as number };
    }
  }
  const read: Partial<Record<Field, string>> = {};
  if (typeof r.read === "object" && r.read !== null) {
    for (const [k, v] of Object.entries(r.read))
      if ((FIELDS as readonly string[]).includes(k) && typeof v === "string" && v.trim() !== "")
        read[k as Field] = v;
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
      ...(Object.keys(mappedColumns).length > 0 ? { mappedColumns } : {}),
      ...(Object.keys(read).length > 0 ? { read } : {}),
      output: {
        columns,
        strategySheet: typeof out.strategySheet === "string" ? out.strategySheet : "",
        changeLogSheet: typeof out.changeLogSheet === "string" ? out.changeLogSheet : "",
        ...droppedOf(out.dropped),
        ...addedOf(out.added),
        ...rowHeightOf(out.rowHeight),
      },
      roster: readRoster(r.roster),
      history: readHistory(r.history),
    },
    findings,
  };
}

const TIER_LETTER: Readonly<Record<string, Tier>> = { k: "key", o: "ordinary", p: "prospect" };

/** The letter a tier is saved as in a roster. */
export function tierLetter(tier: Tier): string {
  return tier.charAt(0);
}

function numberOrNull(v: unknown): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/** A saved roster, checked: anything malformed is dropped (the run then compares by the sheet alone). */
function readRoster(v: unknown): SavedRoster | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const r = v as Record<string, unknown>;
  const { names, tiers, rows, revenue, score, rank } = r;
  if (
    !Array.isArray(names) ||
    typeof tiers !== "string" ||
    !Array.isArray(rows) ||
    !Array.isArray(revenue) ||
    !Array.isArray(score) ||
    !Array.isArray(rank)
  )
    return undefined;
  const n = names.length;
  if (
    tiers.length !== n ||
    rows.length !== n ||
    revenue.length !== n ||
    score.length !== n ||
    rank.length !== n
  )
    return undefined;
  if (!names.every((x) => typeof x === "string") || ![...tiers].every((c) => c in TIER_LETTER))
    return undefined;
  // Note fingerprints are whole numbers of 32 bits; a list of another length (or content) is dropped,
  // and the notes are then written afresh as before.
  const notes =
    Array.isArray(r.notes) &&
    r.notes.length === n &&
    r.notes.every((x) => Number.isInteger(x) && x >= 0 && x <= 0xffffffff)
      ? (r.notes as number[])
      : undefined;
  const handNotes = Array.isArray(r.handNotes)
    ? r.handNotes.filter((x): x is number => Number.isInteger(x) && x >= 0 && x < n)
    : undefined;
  // Review days likewise: whole days within Excel's dates (1900-9999), else dropped.
  const reviews =
    Array.isArray(r.reviews) &&
    r.reviews.length === n &&
    r.reviews.every((x) => Number.isInteger(x) && x >= -25_567 && x <= 2_932_896)
      ? (r.reviews as number[])
      : undefined;
  const handReviews = Array.isArray(r.handReviews)
    ? r.handReviews.filter((x): x is number => Number.isInteger(x) && x >= 0 && x < n)
    : undefined;
  // The months of the sales: a whole number of 1 to 12, or null (the year so far); else unknown.
  const months =
    r.months === null ||
    (Number.isInteger(r.months) && (r.months as number) >= 1 && (r.months as number) <= 12)
      ? (r.months as number | null)
      : undefined;
  // Codes as strings, one an account; else dropped (accounts are then matched by name, as before).
  const codes =
    Array.isArray(r.codes) && r.codes.length === n && r.codes.every((x) => typeof x === "string")
      ? (r.codes as string[])
      : undefined;
  return {
    date: typeof r.date === "string" ? r.date : "",
    complete: r.complete !== false,
    ...(codes ? { codes } : {}),
    names: names as string[],
    tiers,
    rows: rows.map((x) => numberOrNull(x) ?? 0),
    revenue: revenue.map(numberOrNull),
    score: score.map(numberOrNull),
    rank: rank.map(numberOrNull),
    ...(notes ? { notes, handNotes: handNotes ?? [] } : {}),
    ...(reviews ? { reviews, handReviews: handReviews ?? [] } : {}),
    ...(months === undefined ? {} : { months }),
  };
}

function readHistory(v: unknown): HistoryEntry[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const tierOrNull = (x: unknown): Tier | null =>
    typeof x === "string" && (TIERS as readonly string[]).includes(x) ? (x as Tier) : null;
  const out: HistoryEntry[] = [];
  for (const e of v) {
    if (typeof e !== "object" || e === null) continue;
    const x = e as Record<string, unknown>;
    if (typeof x.date !== "string" || !Array.isArray(x.changes)) continue;
    const changes: HistoryChange[] = [];
    for (const c of x.changes) {
      if (typeof c !== "object" || c === null) continue;
      const y = c as Record<string, unknown>;
      if (typeof y.name !== "string" || typeof y.change !== "string") continue;
      if (!["new", "same", "promoted", "demoted", "removed"].includes(y.change)) continue;
      changes.push({
        row: numberOrNull(y.row),
        name: y.name,
        from: tierOrNull(y.from),
        to: tierOrNull(y.to),
        change: y.change as HistoryChange["change"],
        revenueBefore: numberOrNull(y.revenueBefore),
        revenueNow: numberOrNull(y.revenueNow),
        scoreBefore: numberOrNull(y.scoreBefore),
        scoreNow: numberOrNull(y.scoreNow),
        rankBefore: numberOrNull(y.rankBefore),
        rankNow: numberOrNull(y.rankNow),
        reason: typeof y.reason === "string" ? y.reason : "",
      });
    }
    const sameRuns = numberOrNull(x.sameRuns);
    out.push({
      date: x.date,
      first: x.first === true,
      accounts: numberOrNull(x.accounts) ?? 0,
      changes,
      more: numberOrNull(x.more) ?? 0,
      ...(typeof x.sameSince === "string" && sameRuns !== null && Number.isInteger(sameRuns) && sameRuns > 1
        ? { sameSince: x.sameSince, sameRuns }
        : {}),
    });
  }
  return out;
}

/**
 * The roster saved by the last run, as the engine's previous run.
 * @example previousRunOf(settings)?.accounts.length
 */
export function previousRunOf(settings: SavedSettings | null | undefined): PreviousRun | null {
  const r = settings?.roster;
  if (!r) return null;
  const byHand = new Set(r.handNotes ?? []);
  const reviewsByHand = new Set(r.handReviews ?? []);
  return {
    date: r.date,
    complete: r.complete,
    ...(r.months === undefined ? {} : { months: r.months }),
    accounts: r.names.map((name, k) => ({
      name,
      tier: TIER_LETTER[r.tiers.charAt(k)] ?? "prospect",
      row: r.rows[k] ?? 0,
      revenue: r.revenue[k] ?? null,
      score: r.score[k] ?? null,
      rank: r.rank[k] ?? null,
      note: r.notes?.[k] ?? null,
      noteByHand: byHand.has(k),
      review: r.reviews?.[k] === undefined ? null : (r.reviews[k] as number) * DAY_MS,
      reviewByHand: reviewsByHand.has(k),
      ...(r.codes?.[k] ? { code: r.codes[k] } : {}),
    })),
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
