// Order matters: the timers are swapped before ExcelJS is evaluated and given back right after.
import { restoreTimers } from "./zero-delay-timers.ts";
import ExcelJS from "exceljs";

restoreTimers();

/**
 * ExcelJS for the worker, safe under concurrent requests (zero-delay-timers.ts). Every worker
 * module, and every test running inside workerd, imports ExcelJS from here, never "exceljs".
 */
export default ExcelJS;
