package io.cspsdk.sync.approvals;

/**
 * Where a request stands. {@code PENDING_APPROVAL → APPROVED → EXECUTING → COMPLETED}; {@code REJECTED} and
 * {@code FAILED} end it; a re-check that finds new prices sends an approved request back to
 * {@code PENDING_APPROVAL} with the new quote.
 */
public enum RequestState {
  PENDING_APPROVAL,
  APPROVED,
  /** Being carried out against Partner Center; resumed after a restart. */
  EXECUTING,
  COMPLETED,
  REJECTED,
  /** Refused by Partner Center or by a re-check (no longer available, cancellation window closed). */
  FAILED
}
