export { computeRates, type Rates } from "./rates.ts";
export { combineOverTime, figuresOf, sumOverUnits } from "./combine.ts";
export { consolidate, type Completeness, type ConsolidatedReport, type OwnReport, type UnitInput, type UnitLine } from "./consolidate.ts";
