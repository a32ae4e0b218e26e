/** An element of the page by its id, of the kind the script expects: a missing one is a fault of the page, said at once. */
function element<T extends HTMLElement>(id: string, kind: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof kind)) throw new Error(`The upload page has no ${kind.name} #${id}`);
  return found;
}

/** The elements of `/upload` (worker/routes/upload-page.ts) the script reads and writes. */
export function pageElements() {
  return {
    levels: element("levels", HTMLScriptElement),
    signInStep: element("signin-step", HTMLFormElement),
    token: element("token", HTMLInputElement),
    who: element("who", HTMLDivElement),
    downloadStep: element("download-step", HTMLFormElement),
    step2: element("step2", HTMLFieldSetElement),
    step2Locked: element("step2-locked", HTMLParagraphElement),
    unit: element("unit", HTMLInputElement),
    unitHint: element("unit-hint", HTMLSpanElement),
    period: element("period", HTMLInputElement),
    periodInfo: element("period-info", HTMLDivElement),
    form: element("form", HTMLSelectElement),
    downloadStatus: element("download-status", HTMLDivElement),
    uploadStep: element("upload-step", HTMLFormElement),
    step3: element("step3", HTMLFieldSetElement),
    step3Locked: element("step3-locked", HTMLParagraphElement),
    file: element("file", HTMLInputElement),
    status: element("status", HTMLDivElement),
  };
}

export type PageElements = ReturnType<typeof pageElements>;
