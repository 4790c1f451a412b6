package io.cspsdk.sync.approvals;

import java.time.Instant;
import java.util.Optional;

/** A request moved from {@code from} (empty when just submitted) to its current state at {@code at}. */
public record StateChange(TrackedRequest request, Optional<RequestState> from, RequestState to, Instant at) {}
