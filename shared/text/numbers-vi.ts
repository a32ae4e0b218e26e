/** A fraction as a percentage with one decimal, Vietnamese style: 0.8125 → "81,3%". */
export function percentVi(rate: number): string {
  const fixed = (Math.round(rate * 1000) / 10).toFixed(1);
  const [whole, fraction] = fixed.split(".");
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${fraction}%`;
}
