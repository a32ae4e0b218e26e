import { letters, parseAddress } from "./addresses.ts";

/**
 * Enough of Excel's formula language for a form sheet and a consolidated report: cell references,
 * numbers, "" strings, + - * /, = comparison, parentheses, IF and SUM over a block (C8:C10).
 * Text in arithmetic gives #VALUE!, division by 0 gives #DIV/0!, an empty cell counts as 0.
 */
export type Scalar = string | number | boolean;

type Node =
  | { kind: "value"; value: Scalar }
  | { kind: "ref"; ref: string }
  | { kind: "neg"; arg: Node }
  | { kind: "op"; op: string; left: Node; right: Node }
  | { kind: "if"; condition: Node; yes: Node; no: Node }
  | { kind: "sum"; from: string; to: string };

class FormulaError extends Error {}

function parse(formula: string): Node {
  const tokens = formula.replace(/^=/, "").match(/"[^"]*"|[A-Za-z]{1,3}\d+|\d+(\.\d+)?|IF|SUM|[-+*/=(),:]|\S/gi) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];
  const expect = (t: string) => {
    if (next()?.toUpperCase() !== t) throw new FormulaError("#NAME?");
  };
  const comparison = (): Node => {
    const left = additive();
    if (peek() === "=") {
      next();
      return { kind: "op", op: "=", left, right: additive() };
    }
    return left;
  };
  const additive = (): Node => {
    let node = term();
    while (peek() === "+" || peek() === "-") node = { kind: "op", op: next()!, left: node, right: term() };
    return node;
  };
  const term = (): Node => {
    let node = unary();
    while (peek() === "*" || peek() === "/") node = { kind: "op", op: next()!, left: node, right: unary() };
    return node;
  };
  const unary = (): Node => {
    if (peek() === "-") {
      next();
      return { kind: "neg", arg: unary() };
    }
    return primary();
  };
  const primary = (): Node => {
    const token = next();
    if (token === undefined) throw new FormulaError("#NAME?");
    if (token === "(") {
      const node = comparison();
      expect(")");
      return node;
    }
    if (token.toUpperCase() === "IF") {
      expect("(");
      const condition = comparison();
      expect(",");
      const yes = comparison();
      expect(",");
      const no = comparison();
      expect(")");
      return { kind: "if", condition, yes, no };
    }
    if (token.toUpperCase() === "SUM") {
      expect("(");
      const from = next() ?? "";
      expect(":");
      const to = next() ?? "";
      expect(")");
      if (!/^[A-Z]{1,3}\d+$/i.test(from) || !/^[A-Z]{1,3}\d+$/i.test(to)) throw new FormulaError("#NAME?");
      return { kind: "sum", from: from.toUpperCase(), to: to.toUpperCase() };
    }
    if (token.startsWith('"')) return { kind: "value", value: token.slice(1, -1) };
    if (/^\d/.test(token)) return { kind: "value", value: Number(token) };
    if (/^[A-Z]{1,3}\d+$/i.test(token)) return { kind: "ref", ref: token.toUpperCase() };
    throw new FormulaError("#NAME?");
  };
  const node = comparison();
  if (i < tokens.length) throw new FormulaError("#NAME?");
  return node;
}

/** The value of a formula, looking cells up with `lookup` (an error value such as "#VALUE!" on failure). */
export function evaluate(formula: string, lookup: (ref: string) => Scalar | null): Scalar {
  const block = (from: string, to: string): string[] => {
    const rect = parseAddress(`${from}:${to}`);
    const refs: string[] = [];
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) refs.push(`${letters(c)}${r}`);
    return refs;
  };
  const num = (v: Scalar | null): number => {
    if (v === null) return 0;
    if (typeof v === "number") return v;
    if (typeof v === "boolean") return v ? 1 : 0;
    throw new FormulaError(v.startsWith("#") ? v : "#VALUE!");
  };
  const run = (node: Node): Scalar | null => {
    switch (node.kind) {
      case "value":
        return node.value;
      case "ref":
        return lookup(node.ref);
      case "sum": // SUM skips text, as Excel does
        return block(node.from, node.to).reduce<number>((total, ref) => {
          const v = lookup(ref);
          if (typeof v === "string" && v.startsWith("#")) throw new FormulaError(v);
          return typeof v === "number" ? total + v : total;
        }, 0);
      case "neg":
        return -num(run(node.arg));
      case "if": {
        const c = run(node.condition);
        return c === true || (typeof c === "number" && c !== 0) ? run(node.yes) : run(node.no);
      }
      case "op": {
        const left = run(node.left);
        const right = run(node.right);
        if (node.op === "=") {
          const blank = (v: Scalar | null, other: Scalar | null) => (v !== null ? v : typeof other === "string" ? "" : 0);
          const [l, r] = [blank(left, right), blank(right, left)];
          return typeof l === "string" || typeof r === "string" ? l === r : num(l) === num(r);
        }
        const [a, b] = [num(left), num(right)];
        if (node.op === "+") return a + b;
        if (node.op === "-") return a - b;
        if (node.op === "*") return a * b;
        if (b === 0) throw new FormulaError("#DIV/0!");
        return a / b;
      }
    }
  };
  try {
    return run(parse(formula)) ?? 0;
  } catch (error) {
    if (error instanceof FormulaError) return error.message;
    throw error;
  }
}
