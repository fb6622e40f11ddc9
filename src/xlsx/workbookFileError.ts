import type { XmlProblem } from "./wellFormed";

/** What went wrong with a workbook file, for the CLI to map to a message and an exit code. */
export type WorkbookFileProblem =
  | "missing"
  | "folder"
  | "notWorkbook"
  | "lockFile"
  | "truncated"
  | "encrypted"
  | "legacyXls"
  | "ods"
  | "xlsb"
  | "bomb"
  | "malformed"
  | "unknownSheet"
  | "noDataSheet"
  | "textTooLarge"
  | "textTooLong"
  | "textNamedAsWorkbook"
  | "write";

/** A workbook file that cannot be read or written. `detail` carries what the message needs. */
export class WorkbookFileError extends Error {
  override readonly name = "WorkbookFileError";
  constructor(
    readonly problem: WorkbookFileProblem,
    readonly path: string,
    readonly detail: {
      readonly sheet?: string;
      readonly sheets?: readonly string[];
      readonly kinds?: readonly string[];
      /** The workbook an Excel lock file (~$name.xlsx) stands for ("lockFile"). */
      readonly workbook?: string;
      readonly reason?: string;
      /** A part that is not well-formed XML ("malformed"), and where: line and column, or row and cell. */
      readonly part?: string;
      readonly problem?: XmlProblem;
      readonly line?: number;
      readonly column?: number;
      readonly row?: number;
      readonly cell?: string;
      /** A text table's size ("textTooLarge"). */
      readonly rows?: number;
      readonly columns?: number;
      /** A text table's size in MB ("textTooLong"). */
      readonly megabytes?: number;
    } = {},
    options?: { cause?: unknown },
  ) {
    super(`${problem}: ${path}`, options);
  }
}

/**
 * Tells a WorkbookFileError from any other error.
 * @example isWorkbookFileError(new WorkbookFileError("missing", "a.xlsx")) // true
 */
export function isWorkbookFileError(error: unknown): error is WorkbookFileError {
  return error instanceof Error && error.name === "WorkbookFileError";
}
