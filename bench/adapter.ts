import type { Cell } from "../src/engine";
import { tierInExcel } from "../src/excel";
import { FakeWorkbook, asExcelContext } from "../tests/fakes/fakeExcel";
import { heapMB } from "./measure";
import type { Measurement } from "./measure";

/**
 * The Office.js adapter against the fake Excel: read, tier and write a sheet of `rows` rows (header
 * included, 4 columns), counting syncs and the largest request. The fake's bookkeeping is part of the
 * time, so this measures the adapter's shape (syncs, bytes), not Excel's speed.
 */
export async function benchAdapter(rows: number): Promise<Measurement[]> {
  const wb = new FakeWorkbook();
  const sheet = wb.addSheet("Dealers");
  const values: Cell[][] = [["Distributor", "Revenue", "Region", "Channel Type"]];
  for (let i = 1; i < rows; i++)
    values.push([
      `Dealer ${i}`,
      ((i * 7919) % 100_000) + 1,
      i % 3 ? "East" : "West",
      i % 2 ? "直营" : "省代",
    ]);
  sheet.fill(values as (string | number)[][]);
  const t0 = performance.now();
  const result = await tierInExcel(asExcelContext(wb.context()), {
    language: "en-US",
    supports: wb.supports,
    asOf: new Date("2025-06-30"),
  });
  const ms = Math.round(performance.now() - t0);
  return [
    {
      bench: "adapter-fake",
      rows,
      syncs: wb.syncs,
      readSyncs: result.table.syncs,
      writeSyncs: result.write?.syncs ?? 0,
      largestRequestBytes: Math.max(...wb.requests),
      ms,
      heapMB: heapMB(),
    },
  ];
}
