import { makeStyles, tokens } from "@fluentui/react-components";

export const useSectionStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
  },
  summaryRow: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  lines: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  // Inputs line up along the bottom when one label wraps ("Ordinary account %" at 320-350 px).
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    alignItems: "end",
    gap: tokens.spacingHorizontalS,
  },
  // Check boxes two to a row at a pane's 320-350 px, more where the pane is wider.
  checks: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))",
    // Each box at the top of its row, its label beside it, where the label next to it takes two lines.
    alignItems: "start",
    columnGap: tokens.spacingHorizontalS,
  },
  input: { minWidth: 0, width: "100%" },
  muted: { color: tokens.colorNeutralForeground3 },
  // A label's muted aside, "（本表无此数据）": moved whole to the next line where it does not fit beside the
  // label, not broken inside its brackets (CJK text breaks between any two characters); broken only where
  // it is wider than the line itself ("(no data in this sheet)" in a 140 px column).
  aside: { color: tokens.colorNeutralForeground3, display: "inline-block" },
  warning: { color: tokens.colorStatusDangerForeground1 },
  // Danger text on a card: Foreground1 (#dc626d) on the dark card (#292929) is 4.2:1, under WCAG's 4.5;
  // Foreground3 is #eeacb2 there and #c50f1f (6.1:1) on the light card.
  overdue: { color: tokens.colorStatusDangerForeground3 },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    textAlign: "left",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  number: { textAlign: "right" },
  scroll: { overflowX: "auto", maxHeight: "320px", overflowY: "auto" },
  bar: {
    height: "8px",
    backgroundColor: tokens.colorBrandBackground,
    borderRadius: tokens.borderRadiusSmall,
  },
  wrap: { overflowWrap: "anywhere", minWidth: 0 },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  cards: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  cardFocus: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  pairs: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  pair: { display: "flex", flexDirection: "column" },
  term: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  definition: { margin: 0, fontSize: tokens.fontSizeBase300, overflowWrap: "anywhere" },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});
