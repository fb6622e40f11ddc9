/**
 * The ribbon's notice, in an Office dialog (Office.context.ui.displayDialogAsync): a title, the outcome,
 * OK. Everything comes from the URL's fragment and is set with textContent, so text from a sheet stays
 * text. Works for a Marketplace install, where showing the pane from a command is not allowed.
 */
import { answerDialog } from "../excel/host";
import { parseNotice } from "../excel/notice";

const notice = parseNotice(window.location.hash);
document.documentElement.lang = notice.language;
const main = document.getElementById("notice") as HTMLElement;
main.dataset.kind = notice.kind;
(document.getElementById("title") as HTMLElement).textContent = notice.title;
(document.getElementById("message") as HTMLElement).textContent = notice.message;
const ok = document.getElementById("ok") as HTMLButtonElement;
ok.textContent = notice.language === "zh-CN" ? "确定" : "OK";
ok.focus();
// The add-in closes the dialog when its page answers.
const close = (): void => answerDialog("closed");
ok.addEventListener("click", close);
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") close();
});
