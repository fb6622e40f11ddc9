import { Badge, Button, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Cell } from "../../engine";
import { type Messages, formatPercent } from "../../i18n";
import type { WrittenPreview } from "../door";
import { useSectionStyles } from "./Section.styles";

type Props = {
  readonly m: Messages;
  readonly written: WrittenPreview;
  /** A sheet row to show and scroll to ("go to row"), or null. */
  readonly focusRow: number | null;
};

const PAGE = 20;
/** The columns a card shows at once; the rest open with "All columns". */
const CARD_KEYS = ["score", "change", "nextReview", "note"] as const;

/** Excel's day 0 (1899-12-30) in epoch ms: serial days from it give the date. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function show(c: Cell, percent?: boolean, date?: boolean): string {
  if (c === null || c === undefined) return "";
  if (typeof c === "number" && date) return new Date(EXCEL_EPOCH + c * DAY_MS).toISOString().slice(0, 10);
  return typeof c === "number" && percent ? formatPercent(c) : String(c);
}

/**
 * The written rows as cards that fit a 320 px pane: name, tier and the few columns a manager reads first;
 * every other column on demand. "Go to row" brings any row into view, beyond the first page too.
 */
export function PreviewCards({ m, written, focusRow }: Props) {
  const s = useSectionStyles();
  const ui = m.ui;
  const [count, setCount] = useState(PAGE);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const tierAt = written.keys.indexOf("tier");
  const all = written.rows.map((cells, k) => ({ cells, row: written.firstRow + k }));
  // Tiered rows; a row a finding points at (a totals row, say) is shown too when asked for.
  const rows = all.filter((r) => tierAt < 0 || show(r.cells[tierAt + 1]) !== "");
  const shown = rows.slice(0, count);
  if (focusRow !== null && !shown.some((r) => r.row === focusRow)) {
    const extra = all.find((r) => r.row === focusRow);
    if (extra) shown.unshift(extra);
  }
  useEffect(() => {
    if (focusRow === null) return;
    const el = document.getElementById(`demo-row-${focusRow}`);
    el?.scrollIntoView({ block: "center" });
    el?.focus();
  }, [focusRow]);
  const at = (key: string): number => written.keys.indexOf(key as never) + 1;
  return (
    <div className={s.body}>
      <h3 className={s.heading}>{ui.previewHeading}</h3>
      <Text className={s.muted}>{ui.previewCount(shown.length, rows.length)}</Text>
      <ul className={s.cards} aria-label={ui.previewHeading} data-testid="preview">
        {shown.map(({ cells, row }) => {
          const expanded = open.has(row);
          return (
            <li
              key={row}
              id={`demo-row-${row}`}
              tabIndex={-1}
              className={row === focusRow ? `${s.card} ${s.cardFocus}` : s.card}
            >
              <div className={s.summaryRow}>
                <Text weight="semibold" className={s.wrap}>
                  {show(cells[0])}
                </Text>
                {show(cells[tierAt + 1]) !== "" && (
                  <Badge appearance="tint" shape="rounded" className={s.badge}>
                    {show(cells[tierAt + 1])}
                  </Badge>
                )}
              </div>
              <Text size={200} className={s.muted}>
                {ui.rowLabel(row)}
              </Text>
              <dl className={s.pairs}>
                {(expanded ? written.keys : CARD_KEYS).map((key) => {
                  const c = at(key);
                  if (c <= 0 || key === "tier") return null;
                  const text = show(cells[c], written.percent[c], written.dates[c]);
                  if (text === "") return null;
                  const cell = cells[c];
                  const overdue =
                    key === "nextReview" &&
                    typeof cell === "number" &&
                    written.today !== undefined &&
                    cell < written.today;
                  const value = overdue ? ui.reviewOverdue(text) : text;
                  return (
                    <div key={key} className={s.pair}>
                      <dt className={s.term}>{written.headers[c]}</dt>
                      <dd className={overdue ? `${s.definition} ${s.overdue}` : s.definition}>{value}</dd>
                    </div>
                  );
                })}
              </dl>
              <Button
                size="small"
                appearance="transparent"
                aria-expanded={expanded}
                onClick={() => {
                  const next = new Set(open);
                  if (expanded) next.delete(row);
                  else next.add(row);
                  setOpen(next);
                }}
              >
                {ui.allColumns}
              </Button>
            </li>
          );
        })}
      </ul>
      {count < rows.length && (
        <Button onClick={() => setCount(count + PAGE)}>
          {ui.showMore(Math.min(PAGE, rows.length - count))}
        </Button>
      )}
    </div>
  );
}
