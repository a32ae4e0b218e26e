/**
 * Numbers as documents print them, in one place for the pages, the pane, the workbook's texts and the
 * Word report: Vietnamese 1.209 and 2,5; English 1,209 and 2.5; a rate as a percentage.
 */

const grouped = (digits: string, separator: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/** A number as Vietnamese documents print it: 1.209 and 2,5. */
export function formatVi(value: number): string {
  const sign = value < 0 ? "-" : "";
  const [whole, fraction] = Math.abs(value).toString().split(".");
  return sign + grouped(whole!, ".") + (fraction ? `,${fraction}` : "");
}

/** A number as English documents print it: 1,209 and 2.5. */
export function formatEn(value: number): string {
  const sign = value < 0 ? "-" : "";
  const [whole, fraction] = Math.abs(value).toString().split(".");
  return sign + grouped(whole!, ",") + (fraction ? `.${fraction}` : "");
}

/** A fraction as a percentage with one decimal, Vietnamese style: 0.8125 → "81,3%". */
export function percentVi(rate: number): string {
  const fixed = (Math.round(rate * 1000) / 10).toFixed(1);
  const [whole, fraction] = fixed.split(".");
  return `${grouped(whole!, ".")},${fraction}%`;
}
