/** Text as a search compares it: without case, Vietnamese diacritics or đ, spaces collapsed. */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Whether a unit's code or name contains what was typed, ignoring case and diacritics. */
export function unitMatches(unit: { code: string; name: string }, query: string): boolean {
  const wanted = foldText(query);
  return wanted === "" || foldText(unit.code).includes(wanted) || foldText(unit.name).includes(wanted);
}
