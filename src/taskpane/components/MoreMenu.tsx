import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from "@fluentui/react-components";
import { useState } from "react";
import type { UiMessages } from "../../i18n";

type Props = {
  readonly ui: UiMessages;
  readonly className: string;
  readonly onResetRules: () => void;
  /** Removes the data saved in the workbook, once the user has confirmed it. */
  readonly onRemoveSaved: () => void;
  /** Takes the last run back (columns, sheets, saved data), once the user has confirmed it. */
  readonly onRemoveTiering: () => void;
};

/**
 * The header's "⋯" menu: help, rules back to the defaults, the tiering taken back and the saved data
 * removed (each after a dialog that says what goes and what stays). Loaded after the first render.
 */
export default function MoreMenu({ ui, className, onResetRules, onRemoveSaved, onRemoveTiering }: Props) {
  const [confirming, setConfirming] = useState<"tiering" | "saved" | null>(null);
  const ask =
    confirming === "tiering"
      ? {
          title: ui.removeTieringTitle,
          body: ui.removeTieringBody,
          confirm: ui.removeTieringConfirm,
          go: onRemoveTiering,
        }
      : {
          title: ui.removeSavedTitle,
          body: ui.removeSavedBody,
          confirm: ui.removeSavedConfirm,
          go: onRemoveSaved,
        };
  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button size="small" appearance="subtle" aria-label={ui.moreOptions} className={className}>
            ⋯
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem onClick={() => window.open("support.html", "_blank", "noopener")}>{ui.help}</MenuItem>
            <MenuItem onClick={onResetRules}>{ui.resetRules}</MenuItem>
            <MenuItem onClick={() => setConfirming("tiering")}>{ui.removeTiering}</MenuItem>
            <MenuItem onClick={() => setConfirming("saved")}>{ui.removeSaved}</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      {/* Mounted only while asked: a closed Dialog still leaves its focus trap's aria-hidden stops in the page. */}
      {confirming && (
        <Dialog open onOpenChange={(_, d) => void (d.open || setConfirming(null))}>
          <DialogSurface aria-describedby={undefined}>
            <DialogBody>
              <DialogTitle>{ask.title}</DialogTitle>
              <DialogContent>{ask.body}</DialogContent>
              <DialogActions>
                <Button
                  appearance="primary"
                  onClick={() => {
                    setConfirming(null);
                    ask.go();
                  }}
                >
                  {ask.confirm}
                </Button>
                <Button appearance="secondary" onClick={() => setConfirming(null)}>
                  {ui.cancel}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </>
  );
}
