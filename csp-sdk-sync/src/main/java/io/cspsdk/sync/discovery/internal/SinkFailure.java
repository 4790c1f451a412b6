package io.cspsdk.sync.discovery.internal;

/** The sink threw: the partition is retried like after a transient error. */
final class SinkFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SinkFailure(RuntimeException cause) {
    super("sink refused a batch: " + cause.getMessage(), cause);
  }
}
