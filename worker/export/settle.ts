/**
 * Runs an ExcelJS call and then waits one timer tick. ExcelJS's browser build queues its own
 * timers; a request that ends with one pending makes every later ExcelJS call in the same worker
 * instance fail with "Worker's code had hung" (../shared/design/XLSX.md).
 */
export async function settle<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } finally {
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}
