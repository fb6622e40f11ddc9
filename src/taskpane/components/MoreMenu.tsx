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
};

/**
 * The header's "⋯" menu: help, rules back to the defaults, and the saved data removed (after a dialog
 * that says what goes and what stays). Loaded after the first render.
 */
export default function MoreMenu({ ui, className, onResetRules, onRemoveSaved }: Props) {
  const [confirming, setConfirming] = useState(false);
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
            <MenuItem onClick={() => setConfirming(true)}>{ui.removeSaved}</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      {/* Mounted only while asked: a closed Dialog still leaves its focus trap's aria-hidden stops in the page. */}
      {confirming && (
        <Dialog open onOpenChange={(_, d) => setConfirming(d.open)}>
          <DialogSurface aria-describedby={undefined}>
            <DialogBody>
              <DialogTitle>{ui.removeSavedTitle}</DialogTitle>
              <DialogContent>{ui.removeSavedBody}</DialogContent>
              <DialogActions>
                <Button
                  appearance="primary"
                  onClick={() => {
                    setConfirming(false);
                    onRemoveSaved();
                  }}
                >
                  {ui.removeSavedConfirm}
                </Button>
                <Button appearance="secondary" onClick={() => setConfirming(false)}>
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
