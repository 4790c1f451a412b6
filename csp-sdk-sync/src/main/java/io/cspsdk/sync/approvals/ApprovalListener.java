package io.cspsdk.sync.approvals;

/**
 * Told of every state change after it is stored (to notify the reseller or the customer). Called on the thread
 * that made the change; an exception it throws is logged and does not undo the change.
 */
@FunctionalInterface
public interface ApprovalListener {
  void onStateChange(StateChange change);
}
