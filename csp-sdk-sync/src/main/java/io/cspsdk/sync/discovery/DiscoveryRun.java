package io.cspsdk.sync.discovery;

import io.cspsdk.sync.discovery.internal.Runs;
import io.cspsdk.sync.job.RunId;
import io.cspsdk.sync.job.RunRecord;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A run in progress: its id, progress, a prompt {@link #stop()}, and its end. */
public final class DiscoveryRun {
  private final Runs.Prepared prepared;
  private final CompletableFuture<RunRecord> done = new CompletableFuture<>();

  private DiscoveryRun(Runs.Prepared prepared) {
    this.prepared = prepared;
  }

  static DiscoveryRun start(Runs.Prepared prepared, Runnable onEnd) {
    DiscoveryRun run = new DiscoveryRun(prepared);
    Thread t = new Thread(() -> {
      RunRecord result = null;
      Throwable failure = null;
      try {
        result = prepared.run();
      } catch (Throwable e) {
        failure = e;
      }
      try {
        prepared.release(); // before anyone waiting can start the next run
      } catch (RuntimeException e) {
        failure = failure == null ? e : failure;
      } finally {
        onEnd.run();
      }
      if (failure == null) {
        run.done.complete(result);
      } else {
        run.done.completeExceptionally(failure);
      }
    }, "cspsdk-discovery-run-" + prepared.runId());
    t.start();
    return run;
  }

  /** The run's id. */
  public RunId runId() {
    return prepared.runId();
  }

  /** The progress now. */
  public DiscoveryProgress progress() {
    return prepared.progress();
  }

  /**
   * Asks the run to stop at its next safe point (after the pages being stored) and returns without waiting for it:
   * the run's state is STOPPING from now on (persisted in the store and announced to listeners before this returns)
   * and becomes STOPPED at the safe point. Has no effect on a run that is already stopping or has ended.
   */
  public void stop() {
    prepared.stop();
  }

  /** Waits for the end and returns the final record (COMPLETED, STOPPED or ERROR). */
  public RunRecord await() {
    try {
      return done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for run " + runId(), e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  /** Waits at most {@code timeout}; absent when the run has not ended by then. */
  public Optional<RunRecord> await(Duration timeout) {
    try {
      return Optional.of(done.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }
}
