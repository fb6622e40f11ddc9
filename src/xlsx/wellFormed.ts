import type { XmlProblemName } from "../i18n/cliMessages";

/**
 * A well-formedness check for the XML parts we read (XML 1.0, 5th edition, section 2.1; the package's
 * own rules, ECMA-376 Part 2, 8.1.4: no DTD [M1.18]). Excel refuses a part that breaks these rules and
 * offers to "repair" the workbook, dropping what it cannot read; a run that read such a part leniently
 * would tier what Excel does not show and write a workbook Excel repairs again. So a part we read is
 * checked, and a fault is said with where it is. Parts we copy without reading stay as they are.
 *
 * Not a validating parser: names are taken as they come (any run of characters up to space, `/`, `=` or
 * `>`), namespaces are not resolved. It checks what real damage breaks: tags opened and closed in order,
 * quoted attributes, no attribute twice, `&` only as one of the five entities or a character reference
 * to a character XML allows, `<` only as markup, no control characters, one root element.
 */

/** What is wrong at a place in a part: the CLI's messages name each (one union, held by i18n/). */
export type XmlProblem = XmlProblemName;

export type XmlFault = {
  readonly problem: XmlProblem;
  /** Index in the text checked (the fragment, for a checker fed in pieces). */
  readonly at: number;
};

/** Control characters XML 1.0 does not allow anywhere, even as references (Char, 2.2). */
// eslint-disable-next-line no-control-regex
const BAD_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
/** An entity or character reference, from its `&` (sticky). */
const REFERENCE = /&(?:(lt|gt|amp|quot|apos)|#([0-9]+)|#x([0-9A-Fa-f]+));/y;
/** Whitespace in markup (S, 2.3). */
const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 13 || code === 9;
/** Where a name ends: whitespace, `/`, `>`, `=`, or the end. */
const isNameEnd = (code: number): boolean =>
  isSpace(code) || code === 47 || code === 62 || code === 61 || Number.isNaN(code);

/** Whether a code point is a character XML 1.0 allows (Char, 2.2). */
function isXmlChar(cp: number): boolean {
  return (
    cp === 9 ||
    cp === 10 ||
    cp === 13 ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/**
 * Checks a document fed in pieces cut anywhere (a streamed sheet's chunks): each call returns how much
 * of the text it has checked, and the caller feeds the rest again with the next chunk; the last call
 * says `final`. Along the way it keeps the last row and cell start tags met, to say where a fault is.
 * @example new XmlChecker().feed("<a><b></a>", true) // { problem: "mismatch", at: 6 }
 */
export class XmlChecker {
  private readonly open: string[] = [];
  /** The start tag of each open element. */
  private readonly tags: string[] = [];
  private rootSeen = false;
  /** The next `&` at or after the place checked, in the piece in hand (-1: none left). */
  private amp = -1;
  /** The last `<row …>` start tag met (a worksheet's), for where a fault is. */
  lastRow = "";
  /** Where the last `<c …>` start tag met is: kept as a place, made a string only when asked for. */
  private cellSource = "";
  private cellFrom = 0;
  private cellTo = 0;

  /**
   * @param addresses whether rows' and cells' `r` are checked too (a worksheet's): within Excel's grid
   * of 1,048,576 rows and 16,384 columns (XFD), as ST_CellRef and the row index require.
   */
  constructor(private readonly addresses = false) {}

  /** The last `<c …>` start tag met (a worksheet's), for where a fault is. */
  get lastCell(): string {
    return this.cellSource.slice(this.cellFrom, this.cellTo);
  }

  set lastCell(tag: string) {
    this.cellSource = tag;
    this.cellFrom = 0;
    this.cellTo = tag.length;
  }

  /** The first fault in `text`, or how many of its characters are checked (all of them when final). */
  feed(text: string, final: boolean): number | XmlFault {
    const bad = text.search(BAD_CHARACTER);
    if (bad >= 0) {
      // What comes before it is checked first: an earlier fault, and the row and cell it is in.
      const before = this.feed(text.slice(0, bad), false);
      return typeof before === "number" ? { problem: "character", at: bad } : before;
    }
    this.amp = text.indexOf("&");
    const n = text.length;
    let i = 0;
    while (i < n) {
      const lt = text.indexOf("<", i);
      let textEnd = lt < 0 ? n : lt;
      // A reference cut by the end of the piece waits for the next one.
      if (lt < 0 && !final) {
        const amp = text.lastIndexOf("&");
        if (amp >= i && text.indexOf(";", amp) < 0) textEnd = amp;
      }
      if (textEnd > i) {
        const fault = this.text(text, i, textEnd);
        if (fault) return fault;
      }
      if (lt < 0) return textEnd;
      const next = this.markup(text, lt, final);
      if (next === undefined) return lt;
      if (typeof next !== "number") return next;
      i = next;
    }
    if (final && (this.open.length > 0 || !this.rootSeen)) return { problem: "unclosed", at: n };
    return n;
  }

  /** Character data from `from` to `to`: references well made; outside the root, only whitespace. */
  private text(s: string, from: number, to: number): XmlFault | undefined {
    if (this.open.length === 0) {
      for (let k = from; k < to; k++) if (!isSpace(s.charCodeAt(k))) return { problem: "outsideRoot", at: k };
      return undefined;
    }
    return this.references(s, from, to);
  }

  /**
   * Every `&` from `from` to `to` starts a well-made reference to a character XML allows. The search
   * for `&` moves forward through the piece once (a search per run of text would be quadratic).
   */
  private references(s: string, from: number, to: number): XmlFault | undefined {
    let amp = this.amp;
    while (amp >= 0 && amp < from) amp = s.indexOf("&", amp + 1);
    for (; amp >= 0 && amp < to; amp = s.indexOf("&", amp + 1)) {
      REFERENCE.lastIndex = amp;
      const m = REFERENCE.exec(s);
      if (!m || REFERENCE.lastIndex > to) return { problem: "ampersand", at: amp };
      if (m[1] === undefined) {
        const cp = m[2] !== undefined ? Number(m[2]) : Number.parseInt(m[3] ?? "", 16);
        if (!isXmlChar(cp)) return { problem: "reference", at: amp };
      }
    }
    this.amp = amp;
    return undefined;
  }

  /**
   * The markup at `lt`: where it ends, the fault in it, or undefined when the piece ends before it does
   * (not final).
   */
  private markup(s: string, lt: number, final: boolean): number | XmlFault | undefined {
    const more = (): undefined | XmlFault => (final ? { problem: "tag", at: lt } : undefined);
    const c1 = s.charCodeAt(lt + 1);
    if (Number.isNaN(c1)) return more();
    if (c1 === 47 /* / */) {
      const gt = s.indexOf(">", lt);
      if (gt < 0) return more();
      const name = this.open.pop();
      const tag = this.tags.pop() ?? "";
      let k = lt + 2 + (name?.length ?? 0);
      if (name === undefined || !s.startsWith(name, lt + 2) || !isNameEnd(s.charCodeAt(k))) {
        // The element left open is where the damage is: its cell (or row), not the last one met.
        const local = (name ?? "").slice((name ?? "").indexOf(":") + 1);
        if (local === "c") this.lastCell = tag;
        else if (local === "row") this.lastRow = tag;
        return { problem: "mismatch", at: lt };
      }
      while (isSpace(s.charCodeAt(k))) k++;
      return k === gt ? gt + 1 : { problem: "tag", at: lt };
    }
    if (c1 === 63 /* ? */) return this.until(s, lt, "?>", final);
    if (c1 === 33 /* ! */) {
      if (s.length - lt < 9 && !final) return undefined;
      if (s.startsWith("<!--", lt)) return this.until(s, lt, "-->", final);
      if (s.startsWith("<![CDATA[", lt) && this.open.length > 0) return this.until(s, lt, "]]>", final);
      return { problem: s.startsWith("<!DOCTYPE", lt) ? "doctype" : "tag", at: lt };
    }
    // Cells as writers write most of them, a run of them checked whole by one pattern: nothing in them
    // can be a fault (their addresses are in the grid, and they leave no element open).
    if (c1 === 99 /* c */ && s.charCodeAt(lt + 2) === 32 && this.open.length > 0) {
      PLAIN_CELLS.lastIndex = lt;
      if (PLAIN_CELLS.test(s)) {
        const end = PLAIN_CELLS.lastIndex;
        this.cellSource = s;
        this.cellFrom = s.lastIndexOf("<c ", end - 1);
        this.cellTo = s.indexOf(">", this.cellFrom) + 1;
        return end;
      }
    }
    // A start tag or an empty element, matched whole by one pattern.
    if (this.open.length === 0 && this.rootSeen) return { problem: "outsideRoot", at: lt };
    START_TAG.lastIndex = lt;
    const m = START_TAG.exec(s);
    if (!m) {
      // Not a whole tag: cut by the end of the piece (no markup after it yet), or malformed.
      return s.indexOf("<", lt + 1) < 0 ? more() : { problem: "tag", at: lt };
    }
    const name = m[1] ?? "";
    const attributes = m[2] ?? "";
    if (attributes !== "") {
      const fault = this.attributes(s, attributes, lt + 1 + name.length);
      if (fault) return fault;
    }
    this.rootSeen = true;
    if (m[3] !== "/") {
      this.open.push(name);
      this.tags.push(m[0]);
    }
    // The local name compared without slicing it out (this runs on every tag of a million-row sheet).
    if (name === "c" || (name.endsWith(":c") && name.indexOf(":") === name.length - 2)) {
      this.lastCell = m[0];
      if (this.addresses && !isCellAddress(attributeR(attributes))) return { problem: "address", at: lt };
    } else if (name === "row" || (name.endsWith(":row") && name.indexOf(":") === name.length - 4)) {
      this.lastRow = m[0];
      this.lastCell = "";
      if (this.addresses && !isRowNumber(attributeR(attributes))) return { problem: "address", at: lt };
    }
    return START_TAG.lastIndex;
  }

  /** A comment, CDATA section or processing instruction: where its `end` is, or undefined to wait. */
  private until(s: string, lt: number, end: string, final: boolean): number | XmlFault | undefined {
    const at = s.indexOf(end, lt + 2);
    if (at >= 0) return at + end.length;
    return final ? { problem: "tag", at: lt } : undefined;
  }

  /** A start tag's attributes (matched as quoted, with no `<`): none twice, references well made. */
  private attributes(s: string, attributes: string, at: number): XmlFault | undefined {
    const amp = attributes.indexOf("&");
    if (amp >= 0) {
      const fault = this.references(s, at + amp, at + attributes.length);
      if (fault) return fault;
    }
    // One attribute (most tags) cannot repeat; names are compared only when there are more. The pattern
    // matched them as name = "value" pairs, so each name ends at its `=` and each value at its quote.
    let eq = attributes.indexOf("=");
    if (attributes.indexOf("=", eq + 1) < 0) return undefined;
    let count = 0;
    let k = 0;
    while (eq >= 0) {
      let start = k;
      while (isSpace(attributes.charCodeAt(start))) start++;
      let end = eq;
      while (isSpace(attributes.charCodeAt(end - 1))) end--;
      for (let p = 0; p < count; p++) {
        const from = nameStarts[p] as number;
        const length = (nameEnds[p] as number) - from;
        if (length === end - start && attributes.startsWith(attributes.slice(from, from + length), start))
          return { problem: "duplicateAttribute", at: at + start };
      }
      nameStarts[count] = start;
      nameEnds[count] = end;
      count++;
      let q = eq + 1;
      while (isSpace(attributes.charCodeAt(q))) q++;
      k = attributes.indexOf(attributes[q] ?? '"', q + 1) + 1;
      eq = attributes.indexOf("=", k);
    }
    return undefined;
  }
}

/** A start tag: name, attributes (each quoted, no `<` in a value), `/` of an empty element (sticky). */
const START_TAG = /<([^\s/>="'<&]+)((?:\s+[^\s/>="'<&]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
/**
 * Text with no markup, its references only the five entities and decimal ones to characters from U+0020
 * to U+D7FF (all of them characters XML allows: the Chinese an openpyxl writes as `&#21517;` among them).
 */
const PLAIN_TEXT =
  "[^<&]*(?:&(?:lt|gt|amp|quot|apos|#(?:3[2-9]|[4-9][0-9]|[1-9][0-9]{2,3}|[1-4][0-9]{4}|5[0-4][0-9]{3}|55[01][0-9]{2}|552[0-8][0-9]|5529[0-5]));[^<&]*)*";
/**
 * A run of whole cells with no prefix, their attributes as Excel, openpyxl and LibreOffice write them
 * (`r`, then `s`, then `t`, double-quoted, one space apart), each empty or holding a value or an inline
 * string of PLAIN_TEXT, its address within the grid (A1 to XFD1048576, no leading zero) (sticky).
 * Anything else is checked tag by tag. Up to 256 a match: a run of millions in one match (a damaged row)
 * overflowed the pattern's backtracking stack.
 */
const PLAIN_CELLS = new RegExp(
  `(?:<c r="(?:[A-Za-z]{1,2}|[A-Wa-w][A-Za-z]{2}|[Xx][A-Ea-e][A-Za-z]|[Xx][Ff][A-Da-d])` +
    `(?:[1-9][0-9]{0,5}|10[0-3][0-9]{4}|104[0-7][0-9]{3}|1048[0-4][0-9]{2}|10485[0-6][0-9]|104857[0-6])"` +
    `(?: s="[0-9]{1,10}")?(?: t="[A-Za-z]{1,9}")?(?:/>|>(?:<v>${PLAIN_TEXT}</v>|<is><t(?: xml:space="preserve")?>${PLAIN_TEXT}</t></is>)?</c>)){1,256}`,
  "y",
);
/** Where each attribute name of the tag in hand starts and ends (reused: no array a tag). */
const nameStarts: number[] = [];
const nameEnds: number[] = [];

/** The `r` attribute of a start tag's attributes (undefined when there is none: it is optional). */
function attributeR(attributes: string): string | undefined {
  const at = attributes.indexOf(' r="');
  if (at >= 0) return attributes.slice(at + 4, attributes.indexOf('"', at + 4));
  return /(?:^|\s)r\s*=\s*(?:"([^"]*)"|'([^']*)')/
    .exec(attributes)
    ?.slice(1)
    .find((v) => v !== undefined);
}

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

function isRowNumber(r: string | undefined): boolean {
  if (r === undefined) return true;
  const n = Number(r);
  return /^\s*\d+\s*$/.test(r) && n >= 1 && n <= MAX_ROW;
}

/** Letters (1-3), then digits (1-7): a cell reference within the grid, read without a pattern. */
function isCellAddress(r: string | undefined): boolean {
  if (r === undefined) return true;
  let k = 0;
  let column = 0;
  for (; k < r.length && k < 4; k++) {
    const c = r.charCodeAt(k) | 32;
    if (c < 97 || c > 122) break;
    column = column * 26 + c - 96;
  }
  if (k === 0 || k > 3 || r.length - k > 7 || k === r.length) return false;
  let row = 0;
  for (; k < r.length; k++) {
    const d = r.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return false;
    row = row * 10 + d;
  }
  return column <= MAX_COLUMN && row >= 1 && row <= MAX_ROW;
}

/**
 * The first fault of a whole document, or undefined.
 * @example checkXml('<a b="1" b="2"/>') // { problem: "duplicateAttribute", at: 9 }
 */
export function checkXml(text: string): XmlFault | undefined {
  const result = new XmlChecker().feed(text, true);
  return typeof result === "number" ? undefined : result;
}

/**
 * Line and column (1-based) of an index, for a message the user can follow in an editor.
 * @example lineAndColumn("a\nbc", 3) // { line: 2, column: 2 }
 */
export function lineAndColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf("\n"); k >= 0 && k < at; k = text.indexOf("\n", k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { line, column: at - lineStart + 1 };
}
