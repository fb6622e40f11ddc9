import { Badge, Link, MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import {
  type Finding,
  TIERS,
  columnLetter,
  describeCredit,
  describeWatch,
  findingsToList,
  gradingLine,
  oneLine,
} from "../../engine";
import { type Messages, formatPercent, headerInCurrency, joinNonEmpty } from "../../i18n";
import type { DoorResult } from "../door";
import { AccountList } from "./AccountList";
import { PreviewCards } from "./PreviewCards";
import { useSectionStyles } from "./Section.styles";

type Props = {
  readonly m: Messages;
  readonly result: DoorResult;
  /** The rules, columns or data changed after this run. */
  readonly outOfDate: boolean;
  readonly demo: boolean;
  readonly focusRow: number | null;
  readonly onGoTo: (finding: Finding) => void;
};

const MAX_FINDINGS = 100;
/** Accounts listed per list in the pane; the strategy sheet names more. */
const MAX_LISTED = 10;

/**
 * The last run: what was written where, then per tier accounts, revenue and sales time; the watch list,
 * candidates and moves; findings with "go to row"; the written rows as cards.
 */
export default function ResultSection({ m, result, outOfDate, demo, focusRow, onGoTo }: Props) {
  const s = useSectionStyles();
  const ui = m.ui;
  const o = result.outcome;
  const sum = o.summary;
  // Sales counted in goods are a volume: 销量占比, not 销售额占比.
  const inMeasure = (text: string): string => headerInCurrency(text, sum.currency, sum.goods);
  const findings = o.findings.filter((f) => f.severity !== "info" || f.row !== undefined);
  // Warnings before notes, one of every kind before a second of any (as the terminal lists them): 500
  // regions written two ways do not push the key account without an owner past the list's end.
  const listed = findingsToList(findings, MAX_FINDINGS);
  // Reviews already past, by tier: the sheet marks them in red, the pane counts them.
  const overdue = TIERS.filter((t) => sum.tiers[t].reviewsOverdue > 0).map((t) => ({
    label: m.engine.tier[t],
    count: sum.tiers[t].reviewsOverdue,
  }));
  // Promotions and demotions: this run's entry of the change history the plan saves (newest first).
  const latest = o.plan?.settings.history?.[0];
  const moved =
    o.hasPrevious && latest && !latest.first && sum.changes.promoted + sum.changes.demoted > 0
      ? latest.changes.filter((c) => c.change === "promoted" || c.change === "demoted")
      : [];
  return (
    <section className={s.section} aria-labelledby="result-heading">
      <div className={s.summaryRow}>
        <h2 id="result-heading" className={s.heading}>
          {ui.resultHeading}
        </h2>
        {outOfDate && (
          <Badge appearance="outline" color="warning">
            {ui.outOfDateBadge}
          </Badge>
        )}
      </div>
      {outOfDate ? (
        <MessageBar intent="warning">
          <MessageBarBody>{ui.outOfDate}</MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{ui.successTitle}</MessageBarTitle>
            <span role="status">{writtenText(m, result)}</span>
            {demo && `${sentenceGap(m)}${ui.demoWritten}`}
          </MessageBarBody>
        </MessageBar>
      )}
      <table className={s.table} aria-label={inMeasure(ui.chartLabel)}>
        <thead>
          <tr>
            {ui.resultColumns.map(inMeasure).map((c, i) => (
              <th key={c} className={i > 0 ? `${s.cell} ${s.number}` : s.cell} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {TIERS.map((t) => {
            const x = sum.tiers[t];
            return (
              <tr key={t}>
                <th scope="row" className={s.cell}>
                  {m.engine.tier[t]}
                </th>
                <td className={`${s.cell} ${s.number}`}>{x.accounts}</td>
                <td className={`${s.cell} ${s.number}`}>
                  {formatPercent(x.revenueShare)}
                  <div
                    className={s.bar}
                    style={{ width: `${Math.round(x.revenueShare * 100)}%` }}
                    aria-hidden="true"
                  />
                </td>
                <td className={`${s.cell} ${s.number}`}>
                  {formatPercent(x.timeShare)}
                  <div
                    className={s.bar}
                    style={{ width: `${Math.round(x.timeShare * 100)}%` }}
                    aria-hidden="true"
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {sum.unallocatedTimeShare > 0 && (
        <Text>
          {m.engine.unallocatedTime(
            sum.unallocatedTimeShare,
            sum.unallocatedTiers.map((t) => m.engine.tier[t]),
          )}
        </Text>
      )}
      {overdue.length > 0 && <Text>{ui.reviewsOverdue(overdue)}</Text>}
      {o.hasPrevious && <Text>{ui.changes(sum.changes)}</Text>}
      <AccountList
        heading={ui.movedHeading}
        items={moved}
        show={(c) => ({
          key: `${c.row ?? ""}-${c.name}`,
          text: ui.moved(
            c.name,
            c.row ?? 0,
            c.from === null ? "" : m.engine.tier[c.from],
            c.to === null ? "" : m.engine.tier[c.to],
          ),
        })}
        limit={MAX_LISTED}
        more={ui.moreMoved}
      />
      <AccountList
        heading={ui.watchHeading(sum.watchList.length)}
        empty={ui.watchNone}
        items={sum.watchList}
        show={(e) => ({
          key: `${e.row ?? "removed"}-${e.name}`,
          text: ui.watchItem(e.name, e.row, describeWatch(e, m.engine)),
        })}
        limit={MAX_LISTED}
        more={ui.moreInSheet}
      />
      {sum.ownGrading !== null && (
        <>
          <h3 className={s.heading}>{ui.ownGradingHeading}</h3>
          <Text>{m.engine.ownGrading(gradingLine(sum.ownGrading))}</Text>
        </>
      )}
      <AccountList
        heading={ui.creditHoldHeading(sum.creditHold.length)}
        items={sum.creditHold}
        show={(e) => ({
          key: String(e.row),
          text: ui.creditHoldItem(e.name, e.row, e.owner, describeCredit(e.credit, m.engine)),
        })}
        limit={MAX_LISTED}
        more={ui.moreInSheet}
      />
      <AccountList
        heading={ui.candidatesHeading(sum.promotionCandidates.length)}
        empty={ui.candidatesNone}
        items={sum.promotionCandidates}
        show={(c) => ({
          key: String(c.row),
          text: ui.candidateItem(
            c.name,
            c.row,
            c.owner,
            // Short of the smallest key account, or already selling more than it (the list said
            // nothing of these: why a candidate, then?).
            c.gapToKey === null
              ? null
              : {
                  money: m.engine.withCurrency(sum.currency, sum.goods).money(Math.abs(c.gapToKey)),
                  side: c.gapToKey < 0 ? "above" : c.gapToKey === 0 ? "level" : "short",
                },
            c.credit,
          ),
        })}
        limit={MAX_LISTED}
        more={ui.moreInSheet}
      />
      <h3 className={s.heading}>{ui.findingsHeading(findings.length)}</h3>
      {findings.length === 0 ? (
        <Text className={s.muted}>{ui.noFindings}</Text>
      ) : (
        <ul className={s.list}>
          {listed.map((f, i) => (
            <li key={`${f.code}-${f.row ?? ""}-${i}`}>
              <Text>{oneLine(f.message)}</Text>{" "}
              {f.row !== undefined && f.column !== undefined && (
                <Link
                  as="button"
                  onClick={() => onGoTo(f)}
                  {...(f.rowHidden ? { title: ui.hiddenRowHint } : {})}
                >
                  {f.rowHidden ? ui.goToHiddenRow(f.row) : ui.goToRow(f.row)}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
      {findings.length > listed.length && (
        <Text className={s.muted}>{ui.moreFindings(findings.length - listed.length)}</Text>
      )}
      {result.written && <PreviewCards m={m} written={result.written} focusRow={focusRow} />}
    </section>
  );
}

/** Between two sentences: a space in English, none after a Chinese full stop (“。 分级策略见…” read oddly). */
function sentenceGap(m: Messages): string {
  return m.engine.language === "zh-CN" ? "" : " ";
}

/** "Tiered 300 accounts. 15 columns written to sheet X (P1:AD304). The plan is on sheet …" */
export function writtenText(m: Messages, result: DoorResult): string {
  const o = result.outcome;
  const plan = o.plan;
  // Accounts left out as ended, so the count adds up to the sheet's rows.
  const ended = o.summary.ended.count > 0 ? m.ui.endedLeftOut(o.summary.ended.count) : "";
  if (!plan || plan.columns.length === 0)
    return joinNonEmpty([m.ui.done(o.summary.accounts), ended], sentenceGap(m));
  const cols = plan.columns.map((c) => c.column);
  const range = `${columnLetter(Math.min(...cols))}${plan.headerRow + 1}:${columnLetter(Math.max(...cols))}${
    plan.firstRow + plan.rowCount
  }`;
  return joinNonEmpty(
    [
      // Columns cleared (turned off since the last run) are within the range, not among those written.
      m.ui.written(o.summary.accounts, plan.sheetName, plan.columns.filter((c) => !c.cleared).length, range),
      ended,
      m.ui.writtenSheets(plan.strategySheet.name, plan.changeLog.name),
    ],
    sentenceGap(m),
  );
}
