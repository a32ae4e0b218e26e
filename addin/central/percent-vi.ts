export { percentVi } from "../../shared/text/numbers-vi.ts";
