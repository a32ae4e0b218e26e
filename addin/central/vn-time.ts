/** `HH:MM DD/MM/YYYY` in Vietnam's time (UTC+7), whatever the browser's time zone. */
export function vnTime(iso: string): string {
  const t = new Date(Date.parse(iso) + 7 * 3_600_000);
  if (Number.isNaN(t.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(t.getUTCHours())}:${two(t.getUTCMinutes())} ${two(t.getUTCDate())}/${two(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}`;
}

/** The day `DD/MM/YYYY` of an instant in Vietnam's time (a token's expiry, the end of that day). */
export function vnDay(iso: string): string {
  const time = vnTime(iso);
  return time === iso ? iso : time.slice(6);
}
