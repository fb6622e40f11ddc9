/** Shared pieces of the fake: values, the Office error, byte counts, cell boxes. */
export type Value = string | number | boolean | null;
export type StoredCell = {
  value: Value;
  formula?: string;
  format?: string;
  bold?: boolean;
  /** The rest of the cell's look set through Range.format (RangeFormat, RangeFont, RangeFill, borders). */
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  /** Its borders, side by side, where one was set (RangeBorder through RangeFormat.borders). */
  borders?: Partial<Record<FakeSide, FakeEdge>>;
};

/** A cell's four sides, as getCellProperties names them (Excel.CellBorderCollection). */
export type FakeSide = "top" | "bottom" | "left" | "right";
/** One side's line, as set: style ("Continuous"), and the weight and colour where they were set. */
export type FakeEdge = { style?: string; weight?: string; color?: string };

export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
  }
}

export type Op = { bytes: number; apply: () => void };

export const utf8 = (text: string): number => Buffer.byteLength(text, "utf8");
export const letters = (c: number): string => {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

export type Box = { row: number; column: number; rows: number; columns: number };

/** Excel's row count: a box of every row is a block of whole columns. */
export const SHEET_ROWS = 1_048_576;

/** A box's A1 address without a sheet name: "A1:G41", or "A:G" for whole columns. */
export const boxAddress = (b: Box): string =>
  b.row === 0 && b.rows === SHEET_ROWS
    ? `${letters(b.column)}:${letters(b.column + b.columns - 1)}`
    : `${letters(b.column)}${b.row + 1}:${letters(b.column + b.columns - 1)}${b.row + b.rows}`;
