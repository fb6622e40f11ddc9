import type { CellGrid } from "./cells";
import type { Field } from "./fields";
import type { HeaderDetection } from "./headers";
import { displayScaleOf, splitHeader, unitFromNumberFormat } from "./normalize";
import type { Column } from "./salesSpans";

/** A unit as a header states it (万元, K, %). */
type HeaderUnit = ReturnType<typeof splitHeader>["unit"];

/** Each column's unit (the multiplier its figures are read with), as the sheet states it. */
export type ColumnUnits = {
  /** The multiplier of the column mapped to `field`; 1 where none is stated. */
  readonly unitOf: (field: Field) => number;
  /** A column's multiplier: its header's unit, its cells' number format's, else the sheet's note; else 1. */
  readonly unitOfColumn: (column: number, text: string, unit?: HeaderUnit) => number;
  /** Whether a money column that states no unit of its own is in the sales' unit (see columnUnits). */
  readonly inheritsUnit: (c: Column | undefined, field: Field) => boolean;
  /** The unit of a money column beside the sales: the sales' where it inherits it, else its own. */
  readonly unitBeside: (c: Column | undefined, field: Field, inherits?: boolean) => number;
  /** The columns `unitBeside` read in the sales' unit, in the order asked (each is said to the user). */
  readonly inSalesUnit: readonly Column[];
};

/**
 * The units of a sheet's columns: a column's header (年销售额（万元）), its cells' number format (#,##0,"K";
 * one that shows the cells scaled says they hold the whole amount), goods by the ten thousand
 * (提货量（万箱）), else a unit stated above the header for the whole sheet (单位：万元). A money column
 * beside the sales that states no unit of its own (去年销售额 beside 年销售额（万元）, Prior Year Revenue
 * beside Revenue ($K)) is in the sales' unit where its figures are of their order: read in yuan, every
 * account grew 880,000-fold. The figures tell: the column's typical size over the sales' is under the
 * square root of their unit (100 for 万, 31.6 for K) only when it shares it.
 * @example columnUnits(header, values, 1, formats, revenue).unitOf("revenue") // 10000
 */
export function columnUnits(
  header: HeaderDetection,
  values: CellGrid["values"],
  start: number,
  columnFormats: readonly (string | undefined)[],
  cRevenue: Column | undefined,
): ColumnUnits {
  const unitOf = (field: Field): number => {
    const m = header.matches.find((x) => x.field === field);
    return m ? unitOfColumn(m.column, m.header, m.unit) : 1;
  };
  /** A column's multiplier: its header's unit, its cells' number format's, else the sheet's note. */
  function unitOfColumn(column: number, text: string, unit = splitHeader(text).unit): number {
    return statedUnitOf(column, text, unit) ?? 1;
  }
  /** The multiplier a column's header, its cells' number format or the sheet's note states, if any. */
  function statedUnitOf(column: number, text: string, unit = splitHeader(text).unit): number | undefined {
    // A format that shows the cells scaled (0!.0,"万", #,##0,"K") says they hold the whole amount: the
    // header's 万元 names what the sheet shows (3,703,701 shown as 370.4万 was read as 370亿).
    if (displayScaleOf(columnFormats[column]) !== undefined) return 1;
    if (unit && !unit.percent) return unit.multiplier;
    // Goods by the ten thousand (提货量（万箱）).
    const goods = splitHeader(text).goods;
    if (goods) return goods.multiplier;
    // A unit stated above the header for the whole sheet ("单位：万元") comes after the column's own.
    const note =
      header.unitNote && !header.unitNote.currencyOnly ? header.unitNote.unit.multiplier : undefined;
    return unitFromNumberFormat(columnFormats[column])?.multiplier ?? note;
  }
  /** The median of a column's plain numbers (their size, sign aside), from up to 1,001 rows spread over it. */
  function typicalSize(index: number): number | undefined {
    const rows = values.length - start;
    const step = Math.max(1, Math.floor(rows / 1001));
    const sizes: number[] = [];
    for (let r = start; r < values.length; r += step) {
      const v = values[r]?.[index];
      if (typeof v === "number" && Number.isFinite(v) && v !== 0) sizes.push(Math.abs(v));
    }
    if (sizes.length === 0) return undefined;
    sizes.sort((a, b) => a - b);
    return sizes[sizes.length >> 1];
  }

  // The sales' own stated unit, which a money column beside them may share (see above).
  const statedRevenueUnit =
    cRevenue && header.revenueParts === undefined
      ? statedUnitOf(cRevenue.index, cRevenue.header, header.matches.find((x) => x.field === "revenue")?.unit)
      : undefined;
  let salesSize: number | undefined | null = null;
  const inheritsUnit = (c: Column | undefined, field: Field): boolean => {
    if (!c || !cRevenue || statedRevenueUnit === undefined || statedRevenueUnit <= 1) return false;
    const unit = header.matches.find((x) => x.field === field)?.unit;
    if (statedUnitOf(c.index, c.header, unit) !== undefined) return false;
    const own = typicalSize(c.index);
    if (salesSize === null) salesSize = typicalSize(cRevenue.index);
    return own !== undefined && salesSize !== undefined && own / salesSize < Math.sqrt(statedRevenueUnit);
  };
  const inSalesUnit: Column[] = [];
  const unitBeside = (c: Column | undefined, field: Field, inherits = inheritsUnit(c, field)): number => {
    if (!c || !inherits) return unitOf(field);
    inSalesUnit.push(c);
    return statedRevenueUnit ?? 1;
  };
  return { unitOf, unitOfColumn, inheritsUnit, unitBeside, inSalesUnit };
}
