import { columnIndex, columnLetter } from "../engine";

/**
 * A print area's text, one area at a time: `'经销商'!$A$1:$G$41` as a file's _xlnm.Print_Area holds it
 * (ECMA-376 Part 1, 18.2.5: a defined name's formula; several areas joined by commas), or
 * `Sheet1!A1:B4, Sheet1!D1:D4` as Excel's RangeAreas.address gives it (ExcelApi 1.9, "Address value will
 * contain the worksheet name for each rectangular block of cells"). Each area keeps its text where it
 * does not change (its sheet, its `$`s, its rows); an area of whole columns (`$A:$G`) is one too.
 */
type Area = {
  /** The area's text, as written (spaces around it taken off). */
  readonly text: string;
  /** Where its last column's letters start in `text`, and how many there are; undefined: not a block. */
  readonly rightAt?: number;
  readonly rightLength?: number;
  readonly left?: number;
  readonly right?: number;
  /** 0-based rows; undefined for whole columns. */
  readonly top?: number | undefined;
  readonly bottom?: number | undefined;
};

/** The areas of a print area's text, split at the commas outside a quoted sheet name. */
function areasOf(text: string): Area[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === "," && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((raw) => areaOf(raw.trim()));
}

const BLOCK = /^(\$?)([A-Za-z]{1,3})(\$?)(\d*):(\$?)([A-Za-z]{1,3})(\$?)(\d*)$/;

function areaOf(text: string): Area {
  const bang = text.lastIndexOf("!");
  const ref = text.slice(bang + 1);
  const m = BLOCK.exec(ref);
  if (!m) return { text };
  const [, , l, , top, dollar, r, , bottom] = m as unknown as string[];
  const left = columnIndex(l ?? "");
  const right = columnIndex(r ?? "");
  // Rows on both ends or on neither: A1:G41 or A:G.
  if (left === undefined || right === undefined || (top === "") !== (bottom === "")) return { text };
  const rightAt = bang + 1 + ref.indexOf(":") + 1 + (dollar ?? "").length;
  return {
    text,
    rightAt,
    rightLength: (r ?? "").length,
    left,
    right,
    top: top === "" ? undefined : Number(top) - 1,
    bottom: bottom === "" ? undefined : Number(bottom) - 1,
  };
}

function withRight(area: Area, right: number): string {
  const at = area.rightAt as number;
  return `${area.text.slice(0, at)}${columnLetter(right)}${area.text.slice(at + (area.rightLength as number))}`;
}

/** Our columns' span, 0-based: the first and the last of them. */
type Ours = { readonly first: number; readonly last: number };

function spanOf(columns: readonly { readonly column: number }[]): Ours | null {
  if (columns.length === 0) return null;
  const all = columns.map((c) => c.column);
  return { first: Math.min(...all), last: Math.max(...all) };
}

/**
 * The user's print area widened over our columns, or null where it stays as it is. A ledger printed by
 * its print area (A1:G41) printed without 渠道分级 and the notes once our columns stood beside it: the
 * manager's printout had no tiers. An area is widened where its rows reach into the table's (the header
 * and the data rows, 0-based `rows`: the header alone, or the data under print titles) and it reaches
 * the column right before our first one (or into ours) from the user's columns, without covering ours
 * all; its rows stay. An area elsewhere (a summary under the data, a block to the right) stays. Both
 * doors apply it: the CLI in the sheet's _xlnm.Print_Area, the add-in by PageLayout.setPrintArea.
 * @example widenedPrintArea("'经销商'!$A$1:$G$41", { top: 0, bottom: 40 }, [{ column: 7 }, { column: 17 }]) // "'经销商'!$A$1:$R$41"
 */
export function widenedPrintArea(
  text: string,
  rows: { readonly top: number; readonly bottom: number },
  columns: readonly { readonly column: number }[],
): string | null {
  const ours = spanOf(columns);
  if (!ours || text.trim() === "") return null;
  const areas = areasOf(text);
  let changed = false;
  const out = areas.map((a) => {
    if (a.left === undefined || a.right === undefined) return a.text;
    const overTable = a.top === undefined || (a.top <= rows.bottom && (a.bottom ?? 0) >= rows.top);
    if (!overTable || a.left >= ours.first || a.right < ours.first - 1 || a.right >= ours.last) return a.text;
    changed = true;
    return withRight(a, ours.last);
  });
  return changed ? out.join(separatorOf(text)) : null;
}

/**
 * The print area with our columns taken off again, as taking the tiering back leaves the sheet: an area
 * reaching from the user's columns into ours, up to their last at most, ends before our first one (a
 * run widened it so). Null where no area changes.
 * @example narrowedPrintArea("'经销商'!$A$1:$R$41", [{ column: 7 }, { column: 17 }]) // "'经销商'!$A$1:$G$41"
 */
export function narrowedPrintArea(
  text: string,
  columns: readonly { readonly column: number }[],
): string | null {
  const ours = spanOf(columns);
  if (!ours) return null;
  let changed = false;
  const out = areasOf(text).map((a) => {
    if (a.left === undefined || a.right === undefined) return a.text;
    if (a.left >= ours.first || a.right < ours.first || a.right > ours.last) return a.text;
    changed = true;
    return withRight(a, ours.first - 1);
  });
  return changed ? out.join(separatorOf(text)) : null;
}

/** Whether the print area reaches into our columns from the user's (as a widened one does). */
export function printAreaReachesOurs(text: string, columns: readonly { readonly column: number }[]): boolean {
  const ours = spanOf(columns);
  if (!ours) return false;
  return areasOf(text).some(
    (a) => a.left !== undefined && a.right !== undefined && a.left < ours.first && a.right >= ours.first,
  );
}

/** A file joins areas with a bare comma, Excel's RangeAreas.address with a comma and a space. */
function separatorOf(text: string): string {
  return /,\s/.test(text) ? ", " : ",";
}

/**
 * A print area's text without its sheet names, for Worksheet.getRanges ("A1:B2, A5:B5", ExcelApi 1.9).
 * @example withoutSheetNames("Sheet1!A1:R41, Sheet1!J1:K3") // "A1:R41, J1:K3"
 */
export function withoutSheetNames(text: string): string {
  return areasOf(text)
    .map((a) => a.text.slice(a.text.lastIndexOf("!") + 1))
    .join(", ");
}

/**
 * The rows of the table a plan writes beside, 0-based: its header to its last data row.
 * @example tableRows({ headerRow: 2, firstRow: 3, rowCount: 300 }) // { top: 2, bottom: 302 }
 */
export function tableRows(plan: {
  readonly headerRow: number;
  readonly firstRow: number;
  readonly rowCount: number;
}): { top: number; bottom: number } {
  return { top: plan.headerRow, bottom: Math.max(plan.headerRow, plan.firstRow + plan.rowCount - 1) };
}
