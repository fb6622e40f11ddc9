/**
 * A small XML scanner for the parts of SpreadsheetML we read: regular expressions over the text, by
 * local name, so that a namespace prefix (`<x:row>`, written by the Open XML SDK) or a strict-OOXML
 * namespace reads like the usual transitional markup. Not a general XML parser: the parts it reads are
 * machine-written, with no DTDs and no CDATA inside cell values.
 */

/** An optional namespace prefix before a local name. */
const P = "(?:[A-Za-z_][\\w.-]*:)?";

/**
 * A regular expression matching elements of one local name: group 1 the attributes, group 2 the content
 * (undefined for an empty element).
 * @example [...text.matchAll(elements("sheet"))].map((m) => attribute(m[1], "name"))
 */
export function elements(local: string): RegExp {
  return new RegExp(`<${P}${local}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</${P}${local}\\s*>)`, "g");
}

/** The first element of a local name, or undefined. */
export function firstElement(
  text: string,
  local: string,
): { attributes: string; content: string | undefined; index: number; length: number } | undefined {
  const m = elements(local).exec(text);
  return m ? { attributes: m[1] ?? "", content: m[2], index: m.index, length: m[0].length } : undefined;
}

const attributeCache = new Map<string, RegExp>();

/**
 * An attribute's unescaped value by local name (any prefix: `r:id` for "id"), or undefined.
 * @example attribute(' name="A &amp; B" r:id="rId1"', "id") // "rId1"
 */
export function attribute(attributes: string, local: string): string | undefined {
  let re = attributeCache.get(local);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${P}${local}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributeCache.set(local, re);
  }
  const m = re.exec(attributes);
  if (!m) return undefined;
  return unescapeXml(m[1] ?? m[2] ?? "");
}

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * Decodes the five named entities and character references. A reference to no character (past U+10FFFF)
 * stays as written: the part is not well formed, which its check says (src/xlsx/wellFormed.ts).
 */
export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(
    ENTITY,
    (all: string, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
      if (name) return NAMED[name] ?? "";
      const cp = Number.parseInt(dec ?? hex ?? "0", dec ? 10 : 16);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
    },
  );
}

/**
 * Excel escapes characters XML cannot hold as `_xHHHH_` in cell text (ECMA-376 Part 1, 22.9.2.19
 * ST_Xstring); the reader decodes them.
 */
export function unescapeExcel(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/** Characters XML 1.0 cannot hold at all (C0 controls but tab, newline and carriage return; lone surrogates). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Anything escapeXml would change: most text has none of it and is returned as it is. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[<>&"_\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Text for an attribute or element: escaped for XML; a character XML cannot hold becomes Excel's
 * `_xHHHH_`, and a literal `_xHHHH_` is protected as `_x005F_xHHHH_` so Excel shows what was written.
 * @example escapeXml('a < b & "c"') // 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  let s = text;
  if (s.includes("_x")) s = s.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
  // Each pass only where it has work: a note's "占<0.1%" needs the last, and the first's lookbehind
  // took 1.5 s of the main thread over a million rows' notes (a CPU profile).
  if (MAYBE_NOT_XML.test(s))
    s = s.replace(NOT_XML, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
  // Each markup character by a plain search, "&" first: a quarter faster than one pattern calling back
  // per match (200,000 notes 175-213 against 223-578 ms).
  if (s.includes("&")) s = s.replaceAll("&", "&amp;");
  if (s.includes("<")) s = s.replaceAll("<", "&lt;");
  if (s.includes(">")) s = s.replaceAll(">", "&gt;");
  if (s.includes('"')) s = s.replaceAll('"', "&quot;");
  return s;
}

/**
 * Whether text needs `xml:space="preserve"` in a `<t>`: white space at either end, or a line break. The
 * same test as /^\s|\s$|\n/ without running a pattern over a long note (a million rows of them).
 * @example keepsSpace(" 重点") // true
 */
export function keepsSpace(text: string): boolean {
  return WHITE.test(text.charAt(0)) || WHITE.test(text.charAt(text.length - 1)) || text.includes("\n");
}
const WHITE = /^\s$/;

/** What NOT_XML might match (a surrogate may be half of a pair, which stays). */
// eslint-disable-next-line no-control-regex
const MAYBE_NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * The text of a string item (`<si>` or `<is>`): its `<t>` runs joined (rich text), phonetic guides
 * (`<rPh>`) left out.
 * @example stringItemText("<r><t>A</t></r><r><t>B</t></r>") // "AB"
 */
export function stringItemText(content: string): string {
  // Most items are one plain run, `<t>…</t>` (or `<t xml:space="preserve">`): read without a pattern.
  const simple = SIMPLE_ITEM.exec(content);
  if (simple) return unescapeExcel(unescapeXml(simple[1] ?? ""));
  let body = content;
  if (body.includes("rPh")) body = body.replace(RPH, "");
  const t = T_RUNS;
  t.lastIndex = 0;
  let out = "";
  let count = 0;
  for (let m = t.exec(body); m; m = t.exec(body)) {
    out += m[2] ?? "";
    count++;
  }
  if (count === 0) return "";
  return unescapeExcel(unescapeXml(out));
}

/** An item that is a single unprefixed text run and nothing else. */
const SIMPLE_ITEM = /^<t(?:\s+xml:space="preserve")?>([^<]*)<\/t>$/;
const RPH = elements("rPh");
const T_RUNS = elements("t");

/** A relationship of a part: its type's last segment (`worksheet`, same in strict OOXML) and its target. */
export type Relationship = {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
};

/**
 * The relationships of a .rels part, targets resolved against the part they belong to (absolute targets
 * such as `/xl/worksheets/sheet1.xml` are allowed, ECMA-376 Part 2, 9.3).
 * @example readRelationships(xml, "xl/workbook.xml")
 */
export function readRelationships(xml: string, sourcePart: string): Relationship[] {
  const base = sourcePart.includes("/") ? sourcePart.slice(0, sourcePart.lastIndexOf("/") + 1) : "";
  return [...xml.matchAll(elements("Relationship"))].map((m) => {
    const a = m[1] ?? "";
    const type = attribute(a, "Type") ?? "";
    const target = attribute(a, "Target") ?? "";
    const external = attribute(a, "TargetMode") === "External";
    return {
      id: attribute(a, "Id") ?? "",
      type: type.slice(type.lastIndexOf("/") + 1),
      target: external ? target : resolvePart(base, target),
      external,
    };
  });
}

/**
 * A part name from a relationship target: absolute from the package root, else relative to `base`.
 * @example resolvePart("xl/", "../docProps/app.xml") // "docProps/app.xml"
 */
export function resolvePart(base: string, target: string): string {
  const decoded = safeDecode(target);
  const parts = (decoded.startsWith("/") ? decoded.slice(1) : base + decoded).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The .rels part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target for a relationship from `fromPart` to `toPart`, relative as Excel writes it. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

/**
 * 0-based column of a cell reference's letters: "A1" → 0, "AA10" → 26; -1 when there are none.
 * @example columnOfRef("XFD1") // 16383
 */
export function columnOfRef(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) n = n * 26 + code - 64;
    else if (code >= 97 && code <= 122) n = n * 26 + code - 96;
    else if (code !== 36) break;
  }
  return n - 1;
}

/**
 * The columns an AutoFilter (a sheet's or a table's) filters on, by the colId of each filterColumn that
 * holds a criterion (filters, customFilters, top10, dynamicFilter, colorFilter or iconFilter): the 0-based
 * column of the filter's range (ECMA-376 Part 1, 18.3.2.7). A filterColumn with none only hides or
 * shows its button.
 * @example criteriaColumns('<filterColumn colId="3"><filters><filter val="East"/></filters></filterColumn>') // [3]
 */
export function criteriaColumns(xml: string): number[] {
  return [...xml.matchAll(elements("filterColumn"))]
    .filter((m) => /<[A-Za-z_]/.test(m[2] ?? ""))
    .map((m) => Number(attribute(m[1] ?? "", "colId") ?? 0));
}

/**
 * The XML without the filterColumns whose colId `drop` picks (a criterion going with its column).
 * @example withoutFilterColumns(xml, (colId) => colId >= 3)
 */
export function withoutFilterColumns(xml: string, drop: (colId: number) => boolean): string {
  return xml.replace(elements("filterColumn"), (all, attrs: string) =>
    drop(Number(attribute(attrs, "colId") ?? 0)) ? "" : all,
  );
}

/**
 * A range reference ("B2:D9", "$A$1", "A:C" is not one) as 0-based corners, or undefined.
 * @example parseRange("B2:D9") // { top: 1, left: 1, bottom: 8, right: 3 }
 */
export function parseRange(
  ref: string,
): { top: number; left: number; bottom: number; right: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return undefined;
  const left = columnOfRef(m[1] ?? "");
  const top = Number(m[2]) - 1;
  const right = m[3] ? columnOfRef(m[3]) : left;
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}
