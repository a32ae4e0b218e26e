/**
 * A balanced month of dossiers for the e2e tests: `carried` over, `online` received online, 10
 * directly, one returned, the rest resolved but for those still in progress.
 */
export const dossierMonth = (carried: number, online: number, pendingIn: number, pendingOver: number) => ({
  carried_over: carried, received_online: online, received_direct: 10,
  resolved_early: 5, resolved_ontime: online + carried + 10 - 5 - pendingIn - pendingOver - 1, resolved_late: 0,
  pending_intime: pendingIn, pending_overdue: pendingOver, returned: 1,
});

/** A quarter's three months, each carrying over from the last: a unit the quarter is derived for. */
export const THREE_MONTHS = [dossierMonth(4, 20, 6, 1), dossierMonth(7, 30, 5, 0), dossierMonth(5, 40, 8, 2)];
