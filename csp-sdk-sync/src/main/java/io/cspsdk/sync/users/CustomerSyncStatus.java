package io.cspsdk.sync.users;

import java.time.Instant;
import java.util.Optional;

/**
 * The last continuous-mode round of one customer: when it ran, what it applied (empty when it failed or waited),
 * the failure, whether it waits for a deletion allowance, and when it runs next.
 */
public record CustomerSyncStatus(String customerId, Instant ranAt, Optional<ApplyResult> result,
                                 Optional<String> error, boolean waitingForDeletionAllowance, Instant nextRunAt) {}
