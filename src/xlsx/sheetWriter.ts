import { columnLetter } from "../engine";
import {
  BASE_FONT_POINTS,
  type ChartPlan,
  type PlanCell,
  type SheetPlan,
  linePoints,
  rowLook,
  wrappedHeight,
} from "../workbook";
import type { CellLook, StyleBook } from "./styleBook";
import { escapeXml, keepsSpace } from "./xml";

/** The SpreadsheetML, relationships and DrawingML namespaces (ECMA-376 Part 1, transitional). */
export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
} as const;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * A cell element for a value we write: text always as an inline string (never a formula, whatever it
 * starts with), numbers as numbers; nothing for a blank or a number that is not finite.
 * @example cellXml("", "K", 5, "Key account", 7) // '<c r="K5" s="7" t="inlineStr"><is><t>Key account</t></is></c>'
 */
export function cellXml(
  prefix: string,
  letter: string,
  row1: number,
  value: PlanCell | undefined,
  style: number,
): string {
  const tail = cellTail(prefix, value, style);
  return tail === "" ? "" : `<${prefix}c r="${letter}${row1}${tail}`;
}

/**
 * A cell element from the end of its reference on: the same for every row holding the same value in the
 * same style, so a column of a few labels builds and escapes each once (`cellXml` puts the reference
 * before it). Empty for a blank or a number that is not finite.
 * @example cellTail("", 3, 0) // '"><v>3</v></c>'
 */
export function cellTail(prefix: string, value: PlanCell | undefined, style: number): string {
  if (value === null || value === undefined || value === "") return "";
  const s = style ? ` s="${style}"` : "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    return `"${s}><${prefix}v>${value}</${prefix}v></${prefix}c>`;
  }
  const text = escapeXml(value);
  const space = keepsSpace(value) ? ' xml:space="preserve"' : "";
  return `"${s} t="inlineStr"><${prefix}is><${prefix}t${space}>${text}</${prefix}t></${prefix}is></${prefix}c>`;
}

/** A sheet reference as formulas write it: quoted, quotes doubled. */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** Excel's default column width (characters). */
const DEFAULT_WIDTH = 8.43;

/** Page margins Excel gives a new sheet (inches). */
const MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
/** The last column index a row break spans (XFD, 0-based), as Excel writes it. */
const LAST_COLUMN = 16_383;

/**
 * A product sheet (strategy, change log, settings) as a worksheet part: cells, widths, print setup and,
 * when it has a chart, the drawing relationship `rId1`.
 */
export function productSheetXml(sheet: SheetPlan, styles: StyleBook, hasDrawing: boolean): string {
  const parts: string[] = [XML_DECLARATION, `<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}">`];
  if (sheet.print?.fitToWidth) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  const width = Math.max(1, ...sheet.rows.map((r) => r.cells.length));
  parts.push(`<dimension ref="A1:${columnLetter(width - 1)}${Math.max(1, sheet.rows.length)}"/>`);
  // Body and table-header text takes the workbook's base font: its lines are that tall. At Excel's 11
  // points every reader's default row holds it (LibreOffice's 12.8 points included); at another size
  // the sheet's default row is a line of it, and a title's or heading's row a line of theirs: LibreOffice
  // keeps a row without a height at its own default, and a 14-point workbook's strategy sheet printed
  // its rows one over another.
  const size = styles.basePoints;
  const scaled = size !== BASE_FONT_POINTS;
  if (scaled) parts.push(`<sheetFormatPr defaultRowHeight="${linePoints(size, false)}"/>`);
  if (sheet.columnWidths.length > 0) {
    parts.push("<cols>");
    sheet.columnWidths.forEach((w, i) =>
      parts.push(`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`),
    );
    parts.push("</cols>");
  }
  parts.push("<sheetData>");
  const wraps = new Set(sheet.wrapColumns ?? []);
  const lines = Number.POSITIVE_INFINITY;
  sheet.rows.forEach((row, r) => {
    // A body row of a sheet with wrapping columns: their text wraps, the row is as tall as its lines
    // and its cells stand at the top, beside the wrapped text's first line.
    const wrapRow = row.style === "body" && wraps.size > 0;
    let points = 0;
    if (wrapRow)
      row.cells.forEach((v, c) => {
        if (wraps.has(c))
          points = Math.max(
            points,
            wrappedHeight(v ?? null, sheet.columnWidths[c] ?? DEFAULT_WIDTH, lines, size),
          );
      });
    const rowStyle = rowLook(row.style, size);
    const look: CellLook = wrapRow ? { ...rowStyle, vertical: "top" } : rowStyle;
    if (scaled && look.size) points = Math.max(points, linePoints(look.size, true));
    const cells: string[] = [];
    row.cells.forEach((value, c) => {
      const numFmt = row.formats?.[c];
      const blank = value === null || value === undefined || value === "";
      // An empty cell of a header or a total still takes the band or the line, so it runs across.
      if (blank && !((look.fill !== undefined || look.topBorder === true) && value === "")) return;
      const horizontal = row.align?.[c];
      const style = styles.xf({
        ...look,
        ...(wrapRow && wraps.has(c) ? { wrap: true } : {}),
        ...(numFmt ? { numFmt } : {}),
        ...(horizontal ? { horizontal } : {}),
      });
      const xml = blank
        ? `<c r="${columnLetter(c)}${r + 1}" s="${style}"/>`
        : cellXml("", columnLetter(c), r + 1, value, style);
      if (xml) cells.push(xml);
    });
    // A wrapped table header, or a body row's wrapped text, gets the height of its lines: readers do not
    // grow a row on opening a file.
    if (row.style === "tableHeader")
      row.cells.forEach((v, c) => {
        points = Math.max(
          points,
          wrappedHeight(v ?? null, sheet.columnWidths[c] ?? DEFAULT_WIDTH, lines, size),
        );
      });
    const height = points > 0 ? ` ht="${points}" customHeight="1"` : "";
    if (cells.length > 0) parts.push(`<row r="${r + 1}"${height}>${cells.join("")}</row>`);
  });
  parts.push("</sheetData>");
  const print = sheet.print;
  if (print) {
    parts.push(MARGINS);
    parts.push(
      `<pageSetup orientation="${print.orientation}"${print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`,
    );
    const breaks = print.breaks.filter((b) => b > 0);
    if (breaks.length > 0) {
      // A break's id is the row above it (1-based): the page before 0-based row r ends on row r.
      parts.push(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`);
      for (const b of breaks) parts.push(`<brk id="${b}" max="${LAST_COLUMN}" man="1"/>`);
      parts.push("</rowBreaks>");
    }
  }
  if (hasDrawing) parts.push('<drawing r:id="rId1"/>');
  parts.push("</worksheet>");
  return parts.join("");
}

/** The print area of a product sheet, for its `_xlnm.Print_Area` defined name. */
export function printAreaOf(sheet: SheetPlan): string | undefined {
  if (!sheet.print) return undefined;
  return `${quoteSheet(sheet.name)}!$A$1:$${columnLetter(sheet.print.columns - 1)}$${Math.max(1, sheet.rows.length)}`;
}

/** EMUs (English Metric Units) per pixel at 96 dpi: DrawingML positions are in EMUs. */
const EMU_PER_PIXEL = 9525;

/**
 * The drawing part that places the chart over its cells (DrawingML spreadsheet drawing, ECMA-376 Part 1,
 * 20.5): a two-cell anchor from the plan's anchor over its size, pointing at the chart by `rId1`.
 */
export function drawingXml(chart: ChartPlan): string {
  const from = chart.anchor;
  const to = { row: from.row + chart.size.rows, column: from.column + chart.size.columns };
  return (
    `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">` +
    '<xdr:twoCellAnchor editAs="oneCell">' +
    `<xdr:from><xdr:col>${from.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${to.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="${EMU_PER_PIXEL}" cy="${EMU_PER_PIXEL}"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId1"/></a:graphicData></a:graphic>` +
    "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>"
  );
}

/**
 * A clustered column chart over the plan's block of the sheet (DrawingML chart, ECMA-376 Part 1, 21.2):
 * categories from the block's first column, a series per further column named by the first row; each
 * reference carries a cache of the values, so a reader that does not recalculate still draws it.
 */
export function chartXml(chart: ChartPlan, sheet: SheetPlan): string {
  const s = chart.source;
  const q = quoteSheet(sheet.name);
  const cell = (r: number, c: number): PlanCell | undefined => sheet.rows[r]?.cells[c];
  const ref = (c: number, r1: number, r2: number): string =>
    `${q}!$${columnLetter(c)}$${r1 + 1}${r2 > r1 ? `:$${columnLetter(c)}$${r2 + 1}` : ""}`;
  const firstData = s.row + 1;
  const lastData = s.row + s.rows - 1;
  const strCache = (c: number, r1: number, r2: number): string => {
    const pts: string[] = [];
    for (let r = r1; r <= r2; r++)
      pts.push(`<c:pt idx="${r - r1}"><c:v>${escapeXml(String(cell(r, c) ?? ""))}</c:v></c:pt>`);
    return `<c:strRef><c:f>${escapeXml(ref(c, r1, r2))}</c:f><c:strCache><c:ptCount val="${r2 - r1 + 1}"/>${pts.join("")}</c:strCache></c:strRef>`;
  };
  const series: string[] = [];
  for (let k = 1; k < s.columns; k++) {
    const c = s.column + k;
    const format = sheet.rows[firstData]?.formats?.[c] ?? "General";
    const pts: string[] = [];
    for (let r = firstData; r <= lastData; r++) {
      const v = cell(r, c);
      if (typeof v === "number" && Number.isFinite(v))
        pts.push(`<c:pt idx="${r - firstData}"><c:v>${v}</c:v></c:pt>`);
    }
    series.push(
      `<c:ser><c:idx val="${k - 1}"/><c:order val="${k - 1}"/><c:tx>${strCache(c, s.row, s.row)}</c:tx><c:invertIfNegative val="0"/>` +
        `<c:cat>${strCache(s.column, firstData, lastData)}</c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(ref(c, firstData, lastData))}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${lastData - firstData + 1}"/>${pts.join("")}</c:numCache></c:numRef></c:val></c:ser>`,
    );
  }
  const valueFormat = sheet.rows[firstData]?.formats?.[s.column + 1] ?? "General";
  return (
    `${XML_DECLARATION}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    series.join("") +
    '<c:gapWidth val="150"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>' +
    '<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>' +
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="${escapeXml(valueFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}
