import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import type { UiMessages } from "../../i18n";

type Props = {
  readonly ui: UiMessages;
  readonly className: string;
  readonly onResetRules: () => void;
};

/** The header's "⋯" menu: help, and rules back to the defaults. Loaded after the first render. */
export default function MoreMenu({ ui, className, onResetRules }: Props) {
  return (
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
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
