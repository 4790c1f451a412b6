/**
 * Purchase requests and their approval: requests (new subscription, add-on, seat change, cancellation) with the
 * quote shown to the requester, an {@link io.cspsdk.sync.approvals.ApprovalPolicy} that approves or holds them, a
 * {@link io.cspsdk.sync.approvals.PurchaseRequestStore} where held requests wait, and
 * {@link io.cspsdk.sync.approvals.PurchaseApprovals}, which carries approved requests out against Partner Center
 * exactly once.
 */
package io.cspsdk.sync.approvals;
