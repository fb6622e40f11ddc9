/** What the add-in says about Excel itself: errors, partial writes, the ribbon command's outcome. */
export type ExcelMessages = {
  readonly protectedSheet: (sheet: string) => string;
  readonly cellEditMode: string;
  readonly emptySheet: (sheet: string) => string;
  readonly tooLarge: (rows: number, columns: number) => string;
  readonly payloadTooLarge: string;
  readonly apiMissing: (set: string) => string;
  readonly noRoom: (sheet: string) => string;
  readonly unknown: (detail: string) => string;
  readonly partialWrite: (written: string) => string;
  readonly nothingWritten: string;
  readonly writtenColumns: (columns: number, rows: number) => string;
  readonly writtenSheets: (names: readonly string[]) => string;
  readonly rerunDone: (accounts: number, promoted: number, demoted: number, added: number) => string;
  readonly rerunNoSettings: string;
  readonly rerunTitle: string;
};
