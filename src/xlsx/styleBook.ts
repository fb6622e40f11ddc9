import { BASE_FONT_POINTS, type RowLook, basePoints } from "../workbook";
import type { XlsxPackage } from "./xlsxPackage";
import { attribute, elements, escapeXml, firstElement } from "./xml";

/** What a cell's look needs: the parts of a cell format (xf) we write. */
export type CellLook = RowLook & {
  readonly numFmt?: string | undefined;
  readonly horizontal?: "right";
};

/** Built-in number format ids for the codes we write (ECMA-376 Part 1, 18.8.30). */
const BUILTIN_IDS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};
/** Custom number formats take ids from 164 up (ids below are built in). */
const FIRST_CUSTOM_FORMAT = 164;

/** The sections of a stylesheet, in the order CT_Stylesheet requires (ECMA-376 Part 1, 18.8.39). */
const SECTIONS = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;
type Section = (typeof SECTIONS)[number];

/** A stylesheet with nothing in it but what every workbook needs (used when a writer left styles out). */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/**
 * The workbook's stylesheet with our formats appended: existing fonts, fills, borders, number formats and
 * cell formats keep their indexes (so every existing cell looks as it did), ours come after them. A look
 * asked twice gets the same index.
 * @example const book = new StyleBook(xml); const s = book.xf({ bold: true }); book.toXml()
 */
export class StyleBook {
  private readonly prefix: string;
  private readonly counts = new Map<Section, number>();
  private readonly added = new Map<Section, string[]>();
  private readonly formats = new Map<string, number>();
  private nextFormat = FIRST_CUSTOM_FORMAT;
  private readonly xfs = new Map<string, number>();
  private readonly elements = new Map<string, number>();
  private readonly baseFont: string;
  /** The borderId of each cell format, and whether each border draws a grid (gridBorderOf), read once. */
  private xfBorders: number[] | undefined;
  private grids: boolean[] | undefined;

  constructor(private readonly xml: string) {
    this.prefix = /<([A-Za-z_][\w.-]*:)?styleSheet[\s>]/.exec(xml)?.[1] ?? "";
    for (const section of SECTIONS) {
      const el = firstElement(xml, section);
      const child =
        section === "numFmts"
          ? "numFmt"
          : section === "fonts"
            ? "font"
            : section === "fills"
              ? "fill"
              : section === "borders"
                ? "border"
                : section === "dxfs"
                  ? "dxf"
                  : "xf";
      this.counts.set(section, el?.content ? [...el.content.matchAll(elements(child))].length : 0);
    }
    for (const m of (firstElement(xml, "numFmts")?.content ?? "").matchAll(elements("numFmt"))) {
      const id = Number(attribute(m[1] ?? "", "numFmtId"));
      this.formats.set(attribute(m[1] ?? "", "formatCode") ?? "", id);
      if (id >= this.nextFormat) this.nextFormat = id + 1;
    }
    const font = (firstElement(xml, "fonts")?.content ?? "").match(elements("font"))?.[0];
    this.baseFont = font ? stripPrefix(innerOf(font)) : '<sz val="11"/><name val="Calibri"/>';
  }

  /**
   * The index of a cell format with this look, appended on first use; with `borderId`, drawn with that
   * border of the stylesheet's (a user's grid our cells carry on: gridBorderOf).
   */
  xf(look: CellLook, borderId = 0): number {
    const key = borderId ? `${JSON.stringify(look)}#${borderId}` : JSON.stringify(look);
    const known = this.xfs.get(key);
    if (known !== undefined) return known;
    const p = this.prefix;
    const numFmtId = look.numFmt === undefined ? 0 : this.numFmt(look.numFmt);
    const fontId =
      look.bold || look.italic || look.size || look.color
        ? this.append("fonts", `<${p}font>${this.fontBody(look)}</${p}font>`)
        : 0;
    const fillId = look.fill ? this.append("fills", `<${p}fill>${solid(p, look.fill)}</${p}fill>`) : 0;
    const border = borderId
      ? borderId
      : look.topBorder
        ? this.append(
            "borders",
            `<${p}border><${p}left/><${p}right/><${p}top style="thin"><${p}color auto="1"/></${p}top><${p}bottom/><${p}diagonal/></${p}border>`,
          )
        : 0;
    const alignment =
      look.wrap || look.vertical || look.horizontal
        ? `<${p}alignment${look.horizontal ? ` horizontal="${look.horizontal}"` : ""}${look.vertical ? ` vertical="${look.vertical}"` : ""}${look.wrap ? ' wrapText="1"' : ""}/>`
        : "";
    const attrs =
      `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${border}" xfId="0"` +
      (numFmtId ? ' applyNumberFormat="1"' : "") +
      (fontId ? ' applyFont="1"' : "") +
      (fillId ? ' applyFill="1"' : "") +
      (border ? ' applyBorder="1"' : "") +
      (alignment ? ' applyAlignment="1"' : "");
    const index = this.append(
      "cellXfs",
      alignment ? `<${p}xf ${attrs}>${alignment}</${p}xf>` : `<${p}xf ${attrs}/>`,
    );
    this.xfs.set(key, index);
    return index;
  }

  /**
   * The size in points of the font an existing cell format (`cellXfs` index) sets, or undefined where
   * it names none the stylesheet holds.
   * @example book.fontSizeOf(7) // 14, where xf 7 takes font 3, <sz val="14"/>
   */
  fontSizeOf(xf: number): number | undefined {
    const xfs = [...(firstElement(this.xml, "cellXfs")?.content ?? "").matchAll(elements("xf"))];
    const format = xfs[xf];
    if (!format) return undefined;
    return this.sizeOfFont(Number(attribute(format[1] ?? "", "fontId") ?? 0));
  }

  /**
   * The border of an existing cell format (`cellXfs` index) where it draws a grid: its left, right, top
   * and bottom alike (the same line style and colour, not none), as Excel's "All Borders" leaves each
   * cell; 0 where it draws none, or only some sides (a table's outline, a total's rule). Our cells on a
   * row whose look cell draws a grid take that border, so the grid runs on over our columns.
   * @example book.gridBorderOf(5) // 2, where xf 5 takes border 2, thin black on four sides
   */
  gridBorderOf(xf: number): number {
    this.xfBorders ??= [...(firstElement(this.xml, "cellXfs")?.content ?? "").matchAll(elements("xf"))].map(
      (m) => Number(attribute(m[1] ?? "", "borderId") ?? 0) || 0,
    );
    const borderId = this.xfBorders[xf] ?? 0;
    if (borderId === 0) return 0;
    if (!this.grids) {
      const borders = [...(firstElement(this.xml, "borders")?.content ?? "").matchAll(elements("border"))];
      this.grids = borders.map((m) => isGrid(m[2] ?? ""));
    }
    return this.grids[borderId] === true ? borderId : 0;
  }

  /**
   * The size in points of the workbook's base font (the first font, the Normal style's, which a cell
   * format without a font of its own takes: our data cells and the strategy sheet's body), 11 where the
   * stylesheet gives none readable. Wrapped text's rows are as tall as its lines in it.
   * @example new StyleBook(xmlWithFirstFontSz14).basePoints // 14
   */
  get basePoints(): number {
    return basePoints(this.sizeOfFont(0));
  }

  private sizeOfFont(fontId: number): number | undefined {
    const fonts = [...(firstElement(this.xml, "fonts")?.content ?? "").matchAll(elements("font"))];
    const font = fonts[fontId]?.[0];
    const size = font ? /<(?:[A-Za-z_][\w.-]*:)?sz\s+val\s*=\s*["']([^"']+)["']/.exec(font)?.[1] : undefined;
    return size === undefined || !Number.isFinite(Number(size)) ? undefined : Number(size);
  }

  /** The index of a differential format (for a conditional format) with this fill and font colour. */
  dxf(fill: string, font: string): number {
    const p = this.prefix;
    return this.append(
      "dxfs",
      `<${p}dxf><${p}font><${p}color rgb="${argb(font)}"/></${p}font><${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${argb(fill)}"/></${p}patternFill></${p}fill></${p}dxf>`,
    );
  }

  private numFmt(code: string): number {
    const builtin = BUILTIN_IDS[code];
    if (builtin !== undefined) return builtin;
    const known = this.formats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormat++;
    this.formats.set(code, id);
    this.append("numFmts", `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private fontBody(look: CellLook): string {
    const p = this.prefix;
    let body = this.baseFont.replace(/<(b|i)(\s+val="[^"]*")?\s*\/>/g, "");
    if (look.size)
      body = /<sz\b/.test(body)
        ? body.replace(/<sz\b[^>]*\/>/, `<sz val="${look.size}"/>`)
        : `<sz val="${look.size}"/>${body}`;
    if (look.color) body = `<color rgb="${argb(look.color)}"/>${body.replace(/<color\b[^>]*\/>/, "")}`;
    body = `${look.bold ? "<b/>" : ""}${look.italic ? "<i/>" : ""}${body}`;
    return p ? body.replace(/<(\/?)([A-Za-z])/g, `<$1${p}$2`) : body;
  }

  private append(section: Section, element: string): number {
    // A font, fill or border asked twice is written once (cell formats are deduplicated by look).
    const key = `${section}\u0000${element}`;
    const shared = section === "fonts" || section === "fills" || section === "borders";
    const known = shared ? this.elements.get(key) : undefined;
    if (known !== undefined) return known;
    const count = this.counts.get(section) ?? 0;
    this.counts.set(section, count + 1);
    const list = this.added.get(section) ?? [];
    list.push(element);
    this.added.set(section, list);
    if (shared) this.elements.set(key, count);
    return count;
  }

  /** Whether anything was appended (else the part is copied as it was). */
  get changed(): boolean {
    return this.added.size > 0;
  }

  /** The stylesheet with the appended formats and updated counts. */
  toXml(): string {
    let xml = this.xml;
    const p = this.prefix;
    for (const [section, list] of this.added) {
      const count = this.counts.get(section) ?? list.length;
      const el = firstElement(xml, section);
      if (el) {
        const open = `<${p}${section}${setCount(el.attributes, count)}>`;
        const body = `${el.content ?? ""}${list.join("")}`;
        xml = `${xml.slice(0, el.index)}${open}${body}</${p}${section}>${xml.slice(el.index + el.length)}`;
      } else {
        const at = insertionPoint(xml, section);
        xml = `${xml.slice(0, at)}<${p}${section} count="${count}">${list.join("")}</${p}${section}>${xml.slice(at)}`;
      }
    }
    return xml;
  }
}

/** Where a missing section goes: before the first section that must follow it, else before the end. */
function insertionPoint(xml: string, section: Section): number {
  const after = SECTIONS.slice(SECTIONS.indexOf(section) + 1);
  let best = -1;
  for (const next of after) {
    const el = firstElement(xml, next);
    if (el && (best < 0 || el.index < best)) best = el.index;
  }
  return best >= 0 ? best : xml.search(/<\/(?:[A-Za-z_][\w.-]*:)?styleSheet\s*>/);
}

function setCount(attributes: string, count: number): string {
  return /\bcount\s*=/.test(attributes)
    ? attributes.replace(/\bcount\s*=\s*("[^"]*"|'[^']*')/, `count="${count}"`)
    : `${attributes} count="${count}"`;
}

function innerOf(element: string): string {
  const open = element.indexOf(">");
  if (element.charCodeAt(open - 1) === 47) return "";
  return element.slice(open + 1, element.lastIndexOf("</"));
}

function stripPrefix(xml: string): string {
  return xml.replace(/<(\/?)[A-Za-z_][\w.-]*:/g, "<$1");
}

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

function solid(p: string, hex: string): string {
  return `<${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(hex)}"/><${p}bgColor indexed="64"/></${p}patternFill>`;
}

/**
 * The size in points of a workbook's base font (StyleBook.basePoints), read from its stylesheet part;
 * 11 where it has none. The run measures the heights the last run set in it, as the writer sets them.
 * @example basePointsOf(await openPackage("ledger.xlsx")) // 14
 */
export function basePointsOf(pkg: XlsxPackage): number {
  const rel = pkg.workbookRels.find((r) => r.type === "styles");
  return rel && pkg.has(rel.target) ? new StyleBook(pkg.text(rel.target)).basePoints : BASE_FONT_POINTS;
}

/**
 * Whether a `<border>` element's content draws the same line on all four sides: left (or start), right
 * (or end), top and bottom each present, with one line style that is not none, and one colour.
 * @example isGrid('<left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom>') // true
 */
export function isGrid(content: string): boolean {
  const side = (...names: string[]): string | undefined => {
    for (const name of names) {
      const found = firstElement(content, name);
      if (!found) continue;
      const style = attribute(found.attributes, "style");
      if (!style || style === "none") return undefined;
      // The colour as written, without its prefix: <x:color rgb="FF000000"/> is <color rgb="FF000000"/>.
      const color = (found.content ?? "").replace(/<\/?[A-Za-z_][\w.-]*:/g, (t) =>
        t.startsWith("</") ? "</" : "<",
      );
      return `${style}|${color.replace(/\s+/g, " ").trim()}`;
    }
    return undefined;
  };
  const left = side("left", "start");
  if (left === undefined) return false;
  return [side("right", "end"), side("top"), side("bottom")].every((s) => s === left);
}
