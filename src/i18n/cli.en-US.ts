import type { CliMessages } from "./cliMessages";
import { changesEn, countOf, formatInteger } from "./format";

const usage =
  "Usage: channel-tiering <input.xlsx|.csv> [--sheet NAME] [--out FILE.xlsx] [--rules FILE.json] [--lang zh-CN|en-US] [--report FILE.json] [--map FIELD=HEADER]… [--as-of YYYY-MM-DD] [--in-place] [--quiet]\n       channel-tiering <input.xlsx> --remove-saved|--remove-tiering [--out FILE.xlsx | --in-place]";

/** A delimiter's name. */
const DELIMITER_EN: Readonly<Record<string, string>> = {
  ",": "comma",
  ";": "semicolon",
  "\t": "tab",
  "|": "bar",
};

/** The command line in English. */
export const cliEnUS: CliMessages = {
  usage,
  help: [
    "channel-tiering: tier the distributors of an .xlsx sheet into key accounts, ordinary customers and",
    "prospects, the same way the Excel add-in does.",
    "",
    usage,
    "",
    "  <input.xlsx>        the workbook to read (it is never changed unless --in-place); a CSV or tab-",
    "                      separated export (.csv, .tsv, .txt: UTF-8, UTF-16 or GBK) is read as one sheet",
    "  --sheet NAME        the sheet to tier; default: the sheet the last run tiered, else the active",
    "                      sheet, or the first other one with a distributor header where it has none",
    "  --out FILE.xlsx     where to write the tiered workbook; default: <input>.tiered.xlsx beside the input",
    "                      (<input>.tiered.xlsm for a macro-enabled workbook, which stays one)",
    "  --rules FILE.json   rules to use; default: the rules saved in the workbook by an earlier run, else",
    "                      the defaults (the course's 10% / 60-30-10)",
    "  --lang zh-CN|en-US  language of everything written into the workbook (zh and en do too);",
    "                      default: from the headers",
    "  --report FILE.json  also write a JSON report of every row, the skipped rows and the findings",
    "  --map FIELD=HEADER  map a column by hand (repeatable), by its header or its letters:",
    '                      --map name=Dealer --map revenue="Sales 2025" --map owner=F;',
    "                      fields: name, code, revenue, priorRevenue, growth, region, credit, overdue,",
    "                      marketShare, marketPotential, managementMode, salesMode, sensitivity, tenure,",
    "                      strategic, status, override, owner, lastVisit, competitor, intent, ownGrade,",
    "                      hold, creditLimit, balance, currency, ended; each over the column the last run",
    "                      saved for its field, the others kept; --map owner= makes one automatic again",
    "  --as-of YYYY-MM-DD  the day the run counts from: next reviews, years of partnership;",
    "                      default: today",
    "  --in-place          write over the input, after keeping a backup <input>.bak.xlsx (.bak-2.xlsx, …);",
    "                      everything else in the workbook (charts, pivot tables, images, macros) is kept;",
    "                      not with --out",
    "  --remove-saved      tier nothing: write a copy without the data runs saved in the workbook (the",
    "                      rules, every account's last tier and sales, the history of runs), to share",
    "                      outside the team; default <input>.shareable.xlsx. A run on that copy treats",
    "                      it as never tiered and writes its columns and sheets anew beside the old ones",
    "  --remove-tiering    tier nothing: write the workbook without what the runs wrote (the tier",
    "                      columns, the strategy sheet and change log, the freeze and filter they",
    "                      added, the print area they widened over the tier columns, the saved data),",
    '                      as the pane\'s "Remove the tiering…" leaves it; your own cells, edits made',
    "                      since and sheets stay; default <input>.untiered.xlsx",
    "  --quiet             print nothing on success",
    "  --help              show this help",
    "  --version           show the version",
    "",
    "Exit codes: 0 success; 1 bad input (one line on stderr says what, nothing is written); 2 usage error.",
  ].join("\n"),
  unknownOption: (o) => `Unknown option ${o}.`,
  missingValue: (o) => `Option ${o} needs a value.`,
  missingInput: "Name the workbook to tier.",
  tooManyInputs: (extra) => `Only one workbook at a time; unexpected '${extra}'.`,
  badDate: (v) => `--as-of '${v}' is no date: write it YYYY-MM-DD, as 2025-12-31.`,
  badLanguage: (v) => `Unsupported language '${v}': use zh-CN or en-US.`,
  fileMissing: (p) => `${p}: no such file.`,
  notAWorkbook: (p) => `${p}: not an .xlsx workbook.`,
  lockFile: (p, w) =>
    `${p}: the lock file Excel keeps while '${w}' is open, not a workbook. Run on '${w}' (saved first if it is still open in Excel: the command line reads the file on disk).`,
  truncated: (p) => `${p}: the workbook is damaged or truncated and cannot be read.`,
  unknownSheet: (s, all) => `No sheet named '${s}' (sheets: ${all.join(", ")}).`,
  rulesUnreadable: (p, line, column) =>
    `${p}: the rules file cannot be read as JSON (error at line ${line}, column ${column}).`,
  rulesInvalid: (p, d) => `${p}: ${d}`,
  blocked: (messages, more) => {
    const text = messages.join(" ");
    return more > 0 ? `${text} (and ${more} more problem${more === 1 ? "" : "s"})` : text;
  },
  cannotWrite: (p, d) => `${p}: cannot write (${d}).`,
  encrypted: (p) =>
    `${p}: the workbook is protected with a password. Open it in Excel, remove the password (File > Info > Protect Workbook), save, and run again.`,
  legacyXls: (p, renamed) =>
    renamed
      ? `${p}: an Excel 97-2003 (.xls) workbook saved under another name. Save it as .xlsx in Excel, then run again.`
      : `${p}: an Excel 97-2003 (.xls) workbook; this tool reads .xlsx (Excel 2007 and later). Save it as .xlsx in Excel, or convert it with soffice --headless --convert-to xlsx "${p}", and run on the .xlsx.`,
  wpsEt: (p) =>
    `${p}: a WPS Spreadsheets workbook in its own format (.et); this tool reads .xlsx. In WPS, Save As an Excel workbook (*.xlsx), then run again.`,
  odsFile: (p) =>
    `${p}: an OpenDocument (.ods) spreadsheet, not an .xlsx workbook. Save it as .xlsx (Excel 2007-365), then run again.`,
  xlsbFile: (p) => `${p}: an Excel binary (.xlsb) workbook. Save it as .xlsx in Excel, then run again.`,
  zipBomb: (p) =>
    `${p}: refused: the file claims to unpack to far more data than any workbook holds (a zip bomb?).`,
  malformed: (p, place, problem) =>
    `${p}: the workbook is damaged: ${place} ${problem}. Excel would say "We found a problem with some content" and offer to recover it. Open it in Excel, let it recover, save, and run again; nothing was written.`,
  sheetPlace: (sheet, row, cell) =>
    `sheet '${sheet}'${row === undefined ? "" : `, row ${row}`}${cell === undefined ? "" : ` (cell ${cell})`}`,
  partPlace: (part, line, column) =>
    `its part ${part}${line === undefined ? "" : ` (line ${line}, column ${column ?? 1})`}`,
  xmlProblem: {
    ampersand: "has an '&' that is not escaped (it should be &amp;)",
    reference: "has a reference to a character XML does not allow",
    character: "has a control character XML does not allow",
    tag: "has a broken tag",
    mismatch: "has a closing tag that does not match the open one",
    attribute: "has a malformed attribute",
    duplicateAttribute: "has an attribute given twice",
    unclosed: "has its XML cut off before its elements are closed",
    outsideRoot: "has content outside its root element",
    doctype: "has a DTD declaration, which workbooks may not contain",
    encoding: "has text that is not UTF-8",
    address: "has a cell or row address outside Excel's grid or not written as one",
    missingPart: "is missing from the file (the workbook lists it, the package does not hold it)",
  },
  noDataSheet: (p, sheets) =>
    `${p}: no sheet of distributors to tier (only: ${sheets.join(", ")}). Name one with --sheet.`,
  phase: { reading: "Reading", tiering: "Tiering", writing: "Writing" },
  wrongExtension: (f, macros) =>
    macros
      ? `--out ${f}: the workbook has macros, which Excel opens only from an .xlsm file: name the output .xlsm.`
      : `--out ${f}: the workbook has no macros, and Excel opens an .xlsm only when it has: name the output .xlsx.`,
  outputNotWorkbook: (f, ext) =>
    `--out ${f}: the output is an Excel workbook, which Excel opens by its name: name it ${ext}.`,
  hiddenDataSheet: (active, hidden) =>
    `Sheet '${active}' has no header with a distributor name column, and no other visible sheet has one; the hidden sheet '${hidden}' has. To tier it, add --sheet "${hidden}". Nothing was written.`,
  outFolderMissing: (d) => `The folder for the output does not exist: ${d}`,
  outIsInput: (f) =>
    `--out ${f} is the input file: choose another name, or use --in-place (which keeps a backup).`,
  reportCollides: (r, other) => `--report ${r} would overwrite ${other}: choose another name for the report.`,
  reportFolderMissing: (d) => `The folder for --report does not exist: ${d}`,
  outCollides: (f, other) => `--out ${f} would overwrite ${other}: choose another name for the output.`,
  outIsFolder: (f) => `--out ${f} is a folder: name a file for the output, such as ${f}/tiered.xlsx.`,
  reportIsFolder: (f) => `--report ${f} is a folder: name a file for the report, such as ${f}/report.json.`,
  inPlaceWithOut: "--in-place writes to the input itself: leave out --out, or --in-place.",
  removeSavedWith: (flag, o) =>
    `${flag} tiers nothing, so ${o} would be ignored: leave out ${o}, or ${flag}.`,
  removeTieringText: (f) => `--remove-tiering: ${f} is a text (CSV) file, which holds no tiering.`,
  nothingToRemove: (f) => `${f} holds no tiering saved by Channel Tiering: nothing was written.`,
  filterLeftHiding: (sheet) =>
    `The filter on '${sheet}' filtered on a tiering column and on your own: the tiering's criterion went with its column, yours stays, and the rows stay hidden as they were. To show the rows your criteria keep, reapply the filter in Excel (Data › Reapply).`,
  removeSavedText: (f) => `--remove-saved: ${f} is a text (CSV) file, which holds no saved data.`,
  nothingSaved: (f) => `${f} holds no saved data: nothing was written.`,
  savedRemoved: (accounts, runs) =>
    accounts < 0
      ? "Removed the data saved in the workbook."
      : `Removed the data saved in the workbook: the rules, ${formatInteger(accounts)} account${accounts === 1 ? "" : "s"} with their last tier and sales, ${formatInteger(runs)} run${runs === 1 ? "" : "s"} of history.`,
  openElsewhere: (f, app, lock, inPlace) =>
    inPlace
      ? `--in-place: ${f} is open in ${app} (its lock file ${lock} is beside it), and saving it there would overwrite the tiers: save and close it, then run again (if ${app} does not have it open, delete the lock file). Nothing was written.`
      : `Note: ${f} is open in ${app} (its lock file ${lock} is beside it): this run reads what is saved on disk, without unsaved changes.`,
  inPlaceText: (f) =>
    `--in-place: ${f} is a text (CSV) file, which holds no tiers, notes or sheets: leave out --in-place, and the tiered workbook is written beside it as .xlsx (or name it with --out).`,
  textNamedAsWorkbook: (f) =>
    `${f}: a text (CSV) file under a workbook's name, not an .xlsx workbook. Name it .csv and run again: CSV files are read as one sheet.`,
  textTooLong: (f, mb) =>
    `${f}: ${formatInteger(mb)} MB of text, more than the 480 MB a run reads from a CSV. Open it in Excel, save it as .xlsx, and run on that.`,
  textTooLarge: (f, rows, columns) =>
    `${f}: ${formatInteger(rows)} rows and ${formatInteger(columns)} columns do not fit in a worksheet (at most 1,048,576 rows and 16,384 columns).`,
  readAsText: (f, encoding, delimiter) =>
    `Read ${f} as text: ${encoding}, ${DELIMITER_EN[delimiter] ?? delimiter}-separated.`,
  isFolder: (p) => `${p} is a folder, not an .xlsx workbook.`,
  mapTwice: (field, a, b) => `--map ${field} is given twice ('${a}' and '${b}'): keep the one you mean.`,
  badMapping: (v) =>
    `--map ${v}: write FIELD=HEADER, e.g. --map name=Dealer; fields: name, revenue, priorRevenue, region, owner, …`,
  mapHint: (message, field, header) =>
    header === undefined
      ? `${message} On the command line: --map ${field}=HEADER (the header as the sheet writes it, or the column letter).`
      : `${message} On the command line: --map ${field}="${header}".`,
  summaryTitle: (n, sheet, ended) =>
    `Tiered ${countOf(n, "account")} on sheet '${sheet}'` +
    (ended > 0
      ? ` (${formatInteger(ended)} more ${ended === 1 ? "has" : "have"} ended or ${ended === 1 ? "is" : "are"} no longer in use: not tiered).`
      : "."),
  summaryColumns: ["Tier", "Accounts", "Revenue share", "Time share"],
  creditHold: (n) =>
    `Credit D: ${formatInteger(n)} ${n === 1 ? "account" : "accounts"} outside the key tier on cash terms, no new credit until paid.`,
  // Only the lists that have accounts: "0 key accounts to watch, 0 promotion candidates" was noise.
  toAct: (w, c, p, sheet) =>
    `To act on: ${[
      w > 0 ? `${countOf(w, "key account")} to watch` : "",
      c > 0 ? countOf(c, "promotion candidate") : "",
      p > 0 ? countOf(p, "priority prospect") : "",
    ]
      .filter((x) => x !== "")
      .join(", ")} (sheet '${sheet}').`,
  reviewsOverdue: (tiers) =>
    `Reviews past due: ${tiers.map((x) => `${formatInteger(x.count)} ${x.label.toLowerCase()}${x.count === 1 ? "" : "s"}`).join(", ")}.`,
  changes: (c) => `Since the last run: ${changesEn(c)}.`,
  rowHiddenMark: (row) => ` (row ${row} is hidden by a filter or by hand)`,
  findingsLine: (n) => `${formatInteger(n)} finding${n === 1 ? "" : "s"} to review:`,
  findingsMore: (n, inReport) =>
    inReport
      ? `…and ${formatInteger(n)} more, every one in the report.`
      : `…and ${formatInteger(n)} more: --report FILE.json lists every one (so does the pane in Excel).`,
  wrote: (p) => `Wrote ${p}`,
  backup: (p) => `Backup kept at ${p}`,
  reportWritten: (p) => `Report written to ${p}`,
};
