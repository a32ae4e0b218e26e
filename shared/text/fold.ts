/** Text as people's typing is compared: without case, Vietnamese diacritics or đ, spaces collapsed. */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/\s+/g, " ").trim();
}
