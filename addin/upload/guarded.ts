import { esc, say } from "./messages.ts";

/**
 * A step run from a form's submit (or a timer): the page stays put, and a request that never got
 * an answer is said in the step's own message box.
 */
export function guarded(run: () => Promise<void>, where: HTMLElement): (event?: Event) => void {
  return (event) => {
    event?.preventDefault();
    run().catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      say(where, "bad", esc(`Không kết nối được máy chủ (${reason}). Kiểm tra mạng rồi thử lại.`));
    });
  };
}
