/** Hands a downloaded file to the browser as a download under its name. */
export function saveFile(bytes: Blob, fileName: string): void {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(bytes);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
