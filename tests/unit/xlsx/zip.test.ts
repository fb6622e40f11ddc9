import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { crc32, inflateRawSync } from "node:zlib";
import { createRandom } from "../../../src/taskpane/demo/sampleSheet";
import {
  createDeflater,
  inflate,
  partChunks,
  readZip,
  takeInflation,
  writeZip,
  zipBytes,
} from "../../../src/xlsx/zip";

/** Sheet-like pieces: short ASCII markup, Chinese text (three UTF-8 bytes a character), now and then one past a batch. */
function pieces(seed: number, bytes: number): string[] {
  const next = createRandom(seed);
  const words = [
    '<c r="A1" t="inlineStr"><is><t>',
    "经销商",
    "重点客户",
    "</t></is></c>",
    "<v>12.5</v>",
    "&amp;",
  ];
  const out: string[] = [];
  let total = 0;
  while (total < bytes) {
    let piece: string;
    if (next() < 0.0005)
      piece = "长".repeat(1_000_000); // 3 MB: more than a 2 MB batch holds
    else {
      piece = "";
      const n = 1 + Math.floor(next() * 40);
      for (let i = 0; i < n; i++) piece += words[Math.floor(next() * words.length)] ?? "";
      piece += Math.floor(next() * 1e9).toString(36);
    }
    out.push(piece);
    total += Buffer.byteLength(piece);
  }
  return out;
}

describe("the batch deflater", () => {
  it("writes one deflate stream that inflates to exactly what was written, over many reused batches", async () => {
    // 24 MB: twelve 2 MB batches, more than the four in flight, so batch buffers are handed back and refilled.
    const input = pieces(7, 24 << 20);
    const out = createDeflater();
    for (const piece of input) {
      const wait = out.write(piece);
      if (wait) await wait;
    }
    const part = await out.end();
    const expected = Buffer.from(input.join(""), "utf8");
    const deflated = Buffer.concat(part.chunks);
    expect(part.chunks.length).toBeGreaterThan(10);
    expect(part.compressedSize).toBe(deflated.length);
    expect(part.size).toBe(expected.length);
    expect(part.crc >>> 0).toBe(crc32(expected) >>> 0);
    expect(inflateRawSync(deflated).equals(expected)).toBe(true);
  });

  it("ends an empty part as a valid empty stream", async () => {
    const part = await createDeflater().end();
    expect(part.size).toBe(0);
    expect(inflateRawSync(Buffer.concat(part.chunks)).length).toBe(0);
  });
});

describe("the zip writer and reader", () => {
  it("round-trip new, streamed and copied parts, a copied part keeping its compressed bytes", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ct-zip-"));
    try {
      const first = path.join(dir, "a.zip");
      const streamed = createDeflater();
      streamed.write("<sheetData>经销商</sheetData>");
      await writeZip(first, [
        { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
        { name: "xl/worksheets/sheet1.xml", deflated: await streamed.end() },
      ]);
      const read = readZip(readFileSync(first));
      expect(read.map((e) => e.name)).toEqual(["[Content_Types].xml", "xl/worksheets/sheet1.xml"]);
      expect(read.map((e) => inflate(e).toString("utf8"))).toEqual([
        "<Types/>",
        "<sheetData>经销商</sheetData>",
      ]);

      const second = path.join(dir, "b.zip");
      await writeZip(second, [{ name: "copy.xml", entry: read[1] as (typeof read)[number] }]);
      const [copy] = readZip(readFileSync(second));
      expect(copy?.raw.equals((read[1] as (typeof read)[number]).raw)).toBe(true);
      expect(copy && inflate(copy).toString("utf8")).toBe("<sheetData>经销商</sheetData>");

      // In memory, the same bytes as the file (a text table's package is made so).
      const parts = [
        { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
        { name: "copy.xml", entry: read[1] as (typeof read)[number] },
      ];
      const third = path.join(dir, "c.zip");
      await writeZip(third, parts);
      expect((await zipBytes(parts)).equals(readFileSync(third))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a part inflated for reading", () => {
  it("is kept for the write, handed over once, and inflated again if asked for after", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ct-zip-"));
    try {
      const text = "<sheetData>经销商</sheetData>".repeat(5000);
      const file = path.join(dir, "a.zip");
      await writeZip(file, [{ name: "xl/worksheets/sheet1.xml", data: Buffer.from(text) }]);
      const [entry] = readZip(readFileSync(file));
      if (!entry) throw new Error("no entry");
      const read = async (): Promise<string> => {
        const chunks: Buffer[] = [];
        for await (const chunk of partChunks(entry)) chunks.push(chunk);
        return Buffer.concat(chunks).toString("utf8");
      };
      expect(takeInflation(entry)).toBeUndefined();
      expect(await read()).toBe(text);
      expect(takeInflation(entry)?.toString("utf8")).toBe(text);
      expect(takeInflation(entry)).toBeUndefined();
      expect(await read()).toBe(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
