import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { inflateRawSync } from "node:zlib";
import { columnLetter } from "../../../src/engine";
import { type MergeLayout, type RowSource, type SheetEnds, mergeRows } from "../../../src/xlsx/mergeRows";
import fc from "fast-check";
import {
  type RowCells,
  buildBatch,
  mergeOnThread,
  offerRowWorker,
  rowBytes,
  rowCells,
  rowSource,
  rowThreadScript,
} from "../../../src/xlsx/rowThread";
import { type DeflatedPart, type ZipEntry, partChunks, readZip, writeZip } from "../../../src/xlsx/zip";

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:H6"/><sheetData>';
const TAIL =
  '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
/** A header, a plain row, a missing row 3, a row of 20 cm, a row with a cell right of ours, an empty row. */
const ROWS = [
  '<row r="1" spans="1:2"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1"><v>1</v></c></row>',
  '<row r="2" spans="1:2"><c r="A2" t="inlineStr"><is><t>北方商贸</t></is></c><c r="B2"><v>120</v></c></row>',
  '<row r="4" ht="20" customHeight="1"><c r="A4" t="inlineStr"><is><t>南方</t></is></c><c r="B4"><v>80</v></c></row>',
  '<row r="5"><c r="A5" t="inlineStr"><is><t>East</t></is></c><c r="D5"><v>7</v></c><c r="H5"><v>9</v></c></row>',
  '<row r="6"/>',
];
const SHEET = `${HEAD}${ROWS.join("")}${TAIL}`;

/** Ours in columns C and D; the planner's own D5 stays. */
const LAYOUT: MergeLayout = { headerRow: 0, lastRow: 5, ours: [2, 3], kept: [[3, [4]]] };

/** Our cells: a text per cell (none where the planner's cell stays), a height on row 2. */
const CELLS: RowCells = {
  ours: LAYOUT.ours,
  cell: (k, r) =>
    k === 1 && r === 4
      ? ""
      : `<c r="${columnLetter(LAYOUT.ours[k] ?? 0)}${r + 1}" t="inlineStr"><is><t>v${k}-${r}</t></is></c>`,
  height: (r) => (r === 1 ? 30 : undefined),
};

const plainEnds = (): SheetEnds & { calls: string[] } => {
  const calls: string[] = [];
  return {
    calls,
    head: (text) => {
      calls.push("head");
      return text.replace("A1:H6", "A1:H6,C1:D6");
    },
    tail: (text) => {
      calls.push("tail");
      return text;
    },
  };
};

const inflated = (part: DeflatedPart): string => inflateRawSync(Buffer.concat(part.chunks)).toString("utf8");

let work = "";
let entry: ZipEntry;
/** A package of one sheet part holding `xml`, written to `name` in the work folder, as its entry. */
async function sheetEntry(name: string, xml: string): Promise<ZipEntry> {
  const file = path.join(work, name);
  await writeZip(file, [{ name: "xl/worksheets/sheet1.xml", data: Buffer.from(xml) }]);
  return readZip(readFileSync(file))[0] as ZipEntry;
}
beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "ct-merge-"));
  entry = await sheetEntry("sheet.zip", SHEET);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("merging our cells into the sheet's rows", () => {
  it("appends, merges in column order, fills a missing row, keeps the planner's cell and the user's height", async () => {
    const ends = plainEnds();
    const xml = inflated(await mergeRows(partChunks(entry), LAYOUT, rowSource(CELLS), ends));
    expect(xml).toBe(
      `${HEAD.replace("A1:H6", "A1:H6,C1:D6")}` +
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1"><v>1</v></c><c r="C1" t="inlineStr"><is><t>v0-0</t></is></c><c r="D1" t="inlineStr"><is><t>v1-0</t></is></c></row>' +
        '<row r="2" ht="30" customHeight="1"><c r="A2" t="inlineStr"><is><t>北方商贸</t></is></c><c r="B2"><v>120</v></c><c r="C2" t="inlineStr"><is><t>v0-1</t></is></c><c r="D2" t="inlineStr"><is><t>v1-1</t></is></c></row>' +
        '<row r="3"><c r="C3" t="inlineStr"><is><t>v0-2</t></is></c><c r="D3" t="inlineStr"><is><t>v1-2</t></is></c></row>' +
        '<row r="4" ht="20" customHeight="1"><c r="A4" t="inlineStr"><is><t>南方</t></is></c><c r="B4"><v>80</v></c><c r="C4" t="inlineStr"><is><t>v0-3</t></is></c><c r="D4" t="inlineStr"><is><t>v1-3</t></is></c></row>' +
        '<row r="5"><c r="A5" t="inlineStr"><is><t>East</t></is></c><c r="C5" t="inlineStr"><is><t>v0-4</t></is></c><c r="D5"><v>7</v></c><c r="H5"><v>9</v></c></row>' +
        '<row r="6"><c r="C6" t="inlineStr"><is><t>v0-5</t></is></c><c r="D6" t="inlineStr"><is><t>v1-5</t></is></c></row>' +
        TAIL,
    );
    expect(ends.calls).toEqual(["head", "tail"]);
  });

  it("takes a custom height of exactly what the last run's text gave as its own: set anew, or taken off", async () => {
    // Row 4 (r = 3) is 20 points, custom. Where the last run's text gave it 20, it is ours: our new height
    // replaces it, or, where the text now fits on a line, the row gets its height back; any other
    // height is the user's and stays. Rows without a previous height are as before.
    const start = async (own: number, height: number | undefined): Promise<string> => {
      const layout: MergeLayout = {
        ...LAYOUT,
        ownHeights: { first: 1, heights: new Float32Array([0, 0, own, 0, 0]) },
      };
      const cells: RowCells = { ...CELLS, height: (r) => (r === 3 ? height : CELLS.height(r)) };
      const xml = inflated(await mergeRows(partChunks(entry), layout, rowSource(cells), plainEnds()));
      expect(xml).toContain('<row r="2" ht="30" customHeight="1">');
      return /<row r="4"[^>]*>/.exec(xml)?.[0] ?? "";
    };
    expect(await start(20, 45)).toBe('<row r="4" ht="45" customHeight="1">');
    expect(await start(20, undefined)).toBe('<row r="4">');
    expect(await start(25, undefined)).toBe('<row r="4" ht="20" customHeight="1">');
    expect(await start(0, 15)).toBe('<row r="4" ht="20" customHeight="1">');
    expect(await start(0, 20)).toBe('<row r="4" ht="20" customHeight="1">');
  });

  it("grows a height the user set where our text does not fit in it, and never shrinks one", async () => {
    // Google Sheets writes every row's height as set (customHeight="1"): a fixed 18 points showed one
    // line of a three-line note. A taller row hides nothing of the user's; a shorter one would.
    const start = async (user: string, height: number | undefined): Promise<string> => {
      const sheet = SHEET.replace('<row r="4" ht="20" customHeight="1">', `<row r="4"${user}>`);
      const part = await sheetEntry("grow.xlsx", sheet);
      const cells: RowCells = { ...CELLS, height: (r) => (r === 3 ? height : CELLS.height(r)) };
      const xml = inflated(await mergeRows(partChunks(part), LAYOUT, rowSource(cells), plainEnds()));
      return /<row r="4"[^>]*>/.exec(xml)?.[0] ?? "";
    };
    expect(await start(' ht="18.0" customHeight="1"', 49.5)).toBe('<row r="4" ht="49.5" customHeight="1">');
    expect(await start(' ht="18.0" customHeight="1"', undefined)).toBe(
      '<row r="4" ht="18.0" customHeight="1">',
    );
    expect(await start(' ht="60" customHeight="1"', 49.5)).toBe('<row r="4" ht="60" customHeight="1">');
    expect(await start(" customHeight='true' ht='12'", 33)).toBe('<row r="4" ht="33" customHeight="1">');
    // A custom flag without a height, and a height the user did not set (customHeight off), give way.
    expect(await start(' customHeight="1"', 33)).toBe('<row r="4" ht="33" customHeight="1">');
    expect(await start(' ht="60" customHeight="false"', 33)).toBe('<row r="4" ht="33" customHeight="1">');
  });

  it("on a re-run, puts ours anew after the user's cells, and keeps what is not ours wherever it stands", async () => {
    // Rows as the last run left them (ours in C and D), and as a planner or another writer leaves some.
    const rerun = [
      // Ours last, as written: the row up to them, then ours anew.
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="C1" t="inlineStr"><is><t>old</t></is></c><c r="D1"><v>5</v></c></row>',
      // A user's cell right of ours (H2), an extLst after the cells, our first cell cleared by the planner.
      '<row r="2"><c r="A2"><v>1</v></c><c r="C2"><v>2</v></c><c r="D2"><v>3</v></c><c r="H2"><v>9</v></c></row>',
      '<row r="3"><c r="A3"><v>1</v></c><c r="C3"><v>2</v></c><x:extLst xmlns:x="urn:x"><x:ext uri="u"/></x:extLst></row>',
      '<row r="4"><c r="A4"><v>1</v></c><c r="D4"><v>3</v></c></row>',
      // The planner's own D5, kept.
      '<row r="5"><c r="A5"><v>1</v></c><c r="C5"><v>2</v></c><c r="D5"><v>7</v></c></row>',
      '<row r="6"><c r="A6" t="s"><v>0</v></c><c r="C6" s="3"/><c r="D6" s="3"/></row>',
      // A rich text of ours (a run's colour is no cell), and a user's cell after ours written with a tab.
      '<row r="7"><c r="A7"><v>1</v></c><c r="C7" t="inlineStr"><is><r><rPr><color rgb="FFFF0000"/></rPr><t>x</t></r></is></c></row>',
      '<row r="8"><c r="A8"><v>1</v></c><c r="C8"><v>2</v></c><c\tr="H8"><v>9</v></c></row>',
    ];
    const sheet = await sheetEntry("rerun.zip", `${HEAD}${rerun.join("")}${TAIL}`);
    const layout = { ...LAYOUT, lastRow: 7 };
    const xml = inflated(await mergeRows(partChunks(sheet), layout, rowSource(CELLS), plainEnds()));
    const c = (k: number, r: number): string => CELLS.cell(k, r);
    expect(xml).toBe(
      `${HEAD.replace("A1:H6", "A1:H6,C1:D6")}` +
        `<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c>${c(0, 0)}${c(1, 0)}</row>` +
        `<row r="2" ht="30" customHeight="1"><c r="A2"><v>1</v></c>${c(0, 1)}${c(1, 1)}<c r="H2"><v>9</v></c></row>` +
        `<row r="3"><c r="A3"><v>1</v></c>${c(0, 2)}${c(1, 2)}<x:extLst xmlns:x="urn:x"><x:ext uri="u"/></x:extLst></row>` +
        `<row r="4"><c r="A4"><v>1</v></c>${c(0, 3)}${c(1, 3)}</row>` +
        `<row r="5"><c r="A5"><v>1</v></c>${c(0, 4)}<c r="D5"><v>7</v></c></row>` +
        `<row r="6"><c r="A6" t="s"><v>0</v></c>${c(0, 5)}${c(1, 5)}</row>` +
        `<row r="7"><c r="A7"><v>1</v></c>${c(0, 6)}${c(1, 6)}</row>` +
        `<row r="8"><c r="A8"><v>1</v></c>${c(0, 7)}${c(1, 7)}<c\tr="H8"><v>9</v></c></row>` +
        TAIL,
    );
  });

  it("copies the user's bytes as read on every path (rows cut as bytes, the full merge decoded), ours as UTF-8", async () => {
    // Chinese (three bytes a character), a four-byte character and an escaped one, above the table, on a
    // row ours are appended to, one whose last-run cells are replaced, and one that takes the full merge;
    // the head and the tail, decoded for `ends`, hold some too.
    const head = HEAD.replace("<dimension", '<sheetPr codeName="经销商"/><dimension');
    const tail = TAIL.replace(
      "</worksheet>",
      "<headerFooter><oddHeader>&amp;C渠道分级 😀</oddHeader></headerFooter></worksheet>",
    );
    const rows = [
      '<row r="1"><c r="A1" t="inlineStr"><is><t>经销商台账（2025年）&#x1F600;</t></is></c></row>',
      '<row r="2"><c r="A2" t="inlineStr"><is><t>名称</t></is></c><c r="B2"><v>1</v></c></row>',
      '<row r="3" spans="1:4"><c r="A3" t="inlineStr"><is><t>太原同心建材商行 𠀋</t></is></c><c r="C3" t="inlineStr"><is><t>重点客户</t></is></c><c r="D3" t="inlineStr"><is><t>旧</t></is></c></row>',
      '<row r="4"><c r="A4" t="inlineStr"><is><t>长沙百川贸易</t></is></c><c r="C4"><v>2</v></c><c r="H4" t="inlineStr"><is><t>备注：已停止</t></is></c></row>',
    ];
    const sheet = await sheetEntry("bytes.zip", `${head}${rows.join("")}${tail}`);
    const ours: RowCells = {
      ours: [2, 3],
      cell: (k, r) =>
        `<c r="${columnLetter(2 + k)}${r + 1}" t="inlineStr"><is><t>分级${k}-${r}：普通客户</t></is></c>`,
      height: () => undefined,
    };
    const seen: string[] = [];
    const ends: SheetEnds = {
      head: (text) => {
        seen.push(text);
        return text;
      },
      tail: (text) => {
        seen.push(text);
        return text.replace("渠道分级", "渠道分级（已分级）");
      },
    };
    const layout: MergeLayout = { headerRow: 1, lastRow: 3, ours: [2, 3], kept: [] };
    const xml = inflated(await mergeRows(partChunks(sheet), layout, rowSource(ours), ends));
    const c = (k: number, r: number): string => ours.cell(k, r);
    expect(seen).toEqual([head, tail]);
    expect(xml).toBe(
      `${head}${rows[0]}` +
        `<row r="2"><c r="A2" t="inlineStr"><is><t>名称</t></is></c><c r="B2"><v>1</v></c>${c(0, 1)}${c(1, 1)}</row>` +
        `<row r="3"><c r="A3" t="inlineStr"><is><t>太原同心建材商行 𠀋</t></is></c>${c(0, 2)}${c(1, 2)}</row>` +
        `<row r="4"><c r="A4" t="inlineStr"><is><t>长沙百川贸易</t></is></c>${c(0, 3)}${c(1, 3)}<c r="H4" t="inlineStr"><is><t>备注：已停止</t></is></c></row>` +
        tail.replace("渠道分级", "渠道分级（已分级）"),
    );
  });

  it("writes the same bytes when each row's cells arrive later (as a worker receives them)", async () => {
    const direct = rowSource(CELLS);
    const arrived = new Set<number>();
    // Rows come in twos, each pair a turn of the event loop after it is first asked for.
    const late: RowSource = {
      ...direct,
      ready: (r) => {
        if (arrived.has(r)) return undefined;
        return new Promise<void>((resolve) =>
          setImmediate(() => {
            arrived.add(r - (r % 2));
            arrived.add(r - (r % 2) + 1);
            resolve();
          }),
        );
      },
      xml: (r) => {
        if (!arrived.has(r)) throw new Error(`row ${r} read before it came`);
        return direct.xml(r);
      },
    };
    const a = await mergeRows(partChunks(entry), LAYOUT, rowSource(CELLS), plainEnds());
    const b = await mergeRows(partChunks(entry), LAYOUT, late, plainEnds());
    expect(inflated(b)).toBe(inflated(a));
    expect(b.crc).toBe(a.crc);
  });
});

describe("the write on a worker thread", () => {
  it("hands each row's cells over as UTF-8, growing the buffer where a batch outgrows it", () => {
    // Any text, surrogate pairs and empty cells among it, over buffers from too small to ample.
    const text = fc.string({ unit: "grapheme", maxLength: 12 });
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 4096 }),
        fc.integer({ min: 0, max: 1000 }),
        (grid, room, first) => {
          const ours = [4, 5, 9];
          const cells: RowCells = {
            ours,
            cell: (k, r) => grid[r - first]?.[k] ?? "",
            height: (r) => (r % 2 === 0 ? 15 * (r % 5) || undefined : undefined),
          };
          const b = buildBatch(cells, first, grid.length, new ArrayBuffer(room));
          expect(b.bytes.byteOffset).toBe(0);
          grid.forEach((row, i) => {
            const r = first + i;
            expect(Buffer.from(rowBytes(b, r)).toString("utf8")).toBe(row.join(""));
            expect(rowCells(b, r, ours)).toEqual(row.map((xml, k) => ({ column: ours[k], xml })));
            expect(b.heights[i]).toBe(cells.height(r) ?? 0);
          });
          expect(b.bytes.length).toBe(Buffer.byteLength(grid.flat().join("")));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("is left to this thread when the worker stops without an answer, each end patched once", async () => {
    const expected = inflated(await mergeRows(partChunks(entry), LAYOUT, rowSource(CELLS), plainEnds()));
    const scripts = {
      // A worker that starts and ends without a word (as one that ran out of memory would, to us).
      silent: path.join(work, "silent.js"),
      // A worker whose script fails as it loads.
      failing: path.join(work, "failing.js"),
      // A worker that asks for the head and is stopped after it got it.
      halfway: path.join(work, "halfway.js"),
    };
    writeFileSync(scripts.silent, "");
    writeFileSync(scripts.failing, "throw new Error('no');");
    writeFileSync(
      scripts.halfway,
      "const { parentPort } = require('node:worker_threads');" +
        "parentPort.once('message', () => process.exit(3));" +
        `parentPort.postMessage({ type: 'head', text: ${JSON.stringify(HEAD)}, prefix: '' });`,
    );
    for (const script of Object.values(scripts)) {
      const ends = plainEnds();
      const part = await mergeOnThread(script, entry, LAYOUT, CELLS, ends);
      expect(inflated(part)).toBe(expected);
      expect(ends.calls.filter((c) => c === "tail")).toEqual(["tail"]);
      expect(ends.calls.filter((c) => c === "head")).toEqual(["head"]);
    }
  });

  it("does not hand the merge to a spare worker that has stopped (it would never answer)", async () => {
    const expected = inflated(await mergeRows(partChunks(entry), LAYOUT, rowSource(CELLS), plainEnds()));
    const silent = path.join(work, "silent-spare.js");
    writeFileSync(silent, "");
    // Offered once it has stopped: its exit has been and gone, so nothing takes it off the offer.
    const stopped = new Worker(silent);
    await new Promise((resolve) => stopped.once("exit", resolve));
    offerRowWorker(entry, stopped);
    const ends = plainEnds();
    const part = await mergeOnThread(silent, entry, LAYOUT, CELLS, ends);
    expect(inflated(part)).toBe(expected);
    expect(ends.calls.filter((c) => c === "head")).toEqual(["head"]);
  }, 20_000);

  it("is not used from source (the unit tests run the merge on their own thread)", () => {
    expect(rowThreadScript(entry)).toBeUndefined();
  });
});
