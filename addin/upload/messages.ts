/** Text made safe to place inside the page's HTML. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
}

/** Fills a message box: green for what went well, red for what did not. `html` is already escaped. */
export function say(box: HTMLElement, kind: "ok" | "bad", html: string): void {
  box.className = `msg ${kind}`;
  box.innerHTML = html;
}
