package io.cspsdk.sync.discovery;

import io.cspsdk.sync.job.RunCounters;
import io.cspsdk.sync.job.RunId;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A run's progress: counts per kind, customers done of the total (exact once the customer listing has been read;
 * before that, in a full run, Partner Center's {@code totalCount}; in an incremental run, which visits only some
 * customers, unknown until then), and estimates of the time and API calls left from the pace so
 * far; time spent waiting on throttling and retries when the client's sleeper is a {@link WaitMeter}.
 *
 * @param runId the run
 * @param mode full or incremental
 * @param counters seen / imported / failed per kind (this run, including resumed parts)
 * @param customersDone customers finished (imported or failed) in this run
 * @param customersTotal customers to visit in this run, when known
 * @param apiCalls calls made by this process for this run
 * @param estimatedCallsLeft calls still needed at the average per customer so far, when known
 * @param estimatedTimeLeft time still needed at the pace so far, when known
 * @param waited time the client spent waiting on throttling and retry backoff
 */
public record DiscoveryProgress(RunId runId, DiscoveryMode mode, RunCounters counters, long customersDone,
                                OptionalLong customersTotal, long apiCalls, OptionalLong estimatedCallsLeft,
                                Optional<Duration> estimatedTimeLeft, Duration waited) {}
