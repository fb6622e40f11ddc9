import type { ExcelMessages } from "../i18n";

/** What went wrong in Excel, in terms a door can act on. */
export type OfficeProblem =
  | "protected"
  | "cellEdit"
  | "payload"
  | "empty"
  | "tooLarge"
  | "apiMissing"
  | "busy"
  | "session"
  | "selection"
  | "hiddenSheet"
  | "unknown";

/** An Office failure, translated: `message` is in the user's language; `written` says what a failed write left. */
export class OfficeApiError extends Error {
  override readonly name = "OfficeApiError";
  constructor(
    readonly problem: OfficeProblem,
    message: string,
    readonly written: string | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Tells an OfficeApiError from any other error.
 * @example isOfficeApiError(new OfficeApiError("protected", "…")) // true
 */
export function isOfficeApiError(error: unknown): error is OfficeApiError {
  return error instanceof Error && error.name === "OfficeApiError";
}

/** The code of an Office.js error (OfficeExtension.Error has `code`), or "". */
export function officeErrorCode(error: unknown): string {
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string"
    ? (error as { code: string }).code
    : "";
}

/**
 * Translates an Office.js error into an OfficeApiError in the user's language. Only this folder knows
 * Office's error codes.
 * @example translateOfficeError({ code: "AccessDenied" }, excelEnUS, "Sheet1").problem // "protected"
 */
export function translateOfficeError(
  error: unknown,
  m: ExcelMessages,
  sheet: string,
  written: string | null = null,
): OfficeApiError {
  if (isOfficeApiError(error)) return error;
  const code = officeErrorCode(error);
  const wrap = (problem: OfficeProblem, text: string): OfficeApiError =>
    new OfficeApiError(problem, written === null ? text : m.partialWrite(text, written), written, {
      cause: error,
    });
  // Office's codes, as listed in https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-excel-error-codes
  switch (code) {
    case "AccessDenied":
      return wrap("protected", m.protectedSheet(sheet));
    case "InvalidOperationInCellEditMode":
      return wrap("cellEdit", m.cellEditMode);
    case "RequestPayloadSizeLimitExceeded":
      return wrap("payload", m.payloadTooLarge);
    case "ResponsePayloadSizeLimitExceeded":
      return wrap("payload", m.responseTooLarge);
    case "RangeExceedsLimit":
    case "OperationCellsExceedLimit":
      return wrap("tooLarge", m.tooManyCells);
    case "InvalidSelection":
      return wrap("selection", m.invalidSelection);
    case "ActivityLimitReached":
      return wrap("busy", m.activityLimit);
    case "InvalidOrTimedOutSession":
      return wrap("session", m.sessionExpired);
    case "InvalidOperation":
      return wrap("unknown", m.invalidOperation);
    case "ApiNotFound":
      return wrap("apiMissing", m.apiMissing("ExcelApi"));
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return wrap("unknown", m.unknown(code ? `${code}: ${detail}` : detail));
    }
  }
}

/** Codes after which no later request of the run can succeed (the session, a cell being edited, throttling). */
const RUN_STOPPERS: ReadonlySet<string> = new Set([
  "InvalidOrTimedOutSession",
  "InvalidOperationInCellEditMode",
  "ActivityLimitReached",
]);

/**
 * Whether a failed read that is only advice to the run (the hidden rows, the other sheets' tops, the
 * merged areas) may be left out: Office refused that one request (an API this Excel lacks, more merged
 * areas than it lists). A session that ended, a cell being edited or a throttled host fails every
 * request after it, and an error without an Office code is a fault of ours: those stop the run with
 * their own message before anything is written, instead of a run that quietly read less.
 * @example isSkippableAdvice({ code: "ApiNotFound" }) // true
 * @example isSkippableAdvice({ code: "InvalidOrTimedOutSession" }) // false
 * @example isSkippableAdvice(new TypeError("x is undefined")) // false
 */
export function isSkippableAdvice(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code !== "" && !RUN_STOPPERS.has(code);
}
