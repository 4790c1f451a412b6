package io.cspsdk.core.internal.invoices;

import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.Sleeper;
import io.cspsdk.core.error.OperationFailedException;
import io.cspsdk.core.error.ResponseParseException;
import io.cspsdk.core.error.PartnerCenterClientException;
import io.cspsdk.core.error.RequestTimeoutException;
import io.cspsdk.core.internal.http.ApiCaller;
import io.cspsdk.core.internal.http.ApiRequest;
import io.cspsdk.core.internal.http.ApiResponse;
import io.cspsdk.core.internal.http.Audience;
import io.cspsdk.core.internal.http.RetryAfter;
import io.cspsdk.core.invoices.ReconciliationExport;
import io.cspsdk.core.model.ExportError;
import io.cspsdk.core.model.ExportManifest;
import io.cspsdk.core.model.ExportOperation;
import io.cspsdk.core.model.ExportOperationStatus;
import io.cspsdk.core.model.ReconciliationLineItem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Polls a Graph billing export operation: each poll GETs the operation (the 202's Location); it answers 200 with
 * a status, and a Retry-After while running. On success the manifest comes inline ({@code resourceLocation}) or
 * as a navigation link that is fetched once. Not thread-safe: one poller per waiting thread.
 */
final class ReconciliationExportImpl implements ReconciliationExport {
  static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

  private final ApiCaller api;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RequestOptions options;
  private final String location;
  private Duration nextWait;
  private ExportManifest manifest;
  private OperationFailedException failure;
  private String operationId;

  private ReconciliationExportImpl(ApiCaller api, Clock clock, Sleeper sleeper, RequestOptions options,
                                   String location, Duration firstWait) {
    this.api = api;
    this.clock = clock;
    this.sleeper = sleeper;
    this.options = options;
    this.location = location;
    this.nextWait = firstWait;
    String path = location.split("[?#]", 2)[0];
    this.operationId = path.substring(path.lastIndexOf('/') + 1);
  }

  static ReconciliationExportImpl start(ApiCaller api, Clock clock, Sleeper sleeper, ApiResponse accepted,
                                        RequestOptions options) {
    Optional<String> location = accepted.header("Location").map(String::trim).filter(l -> !l.isEmpty());
    if (location.isEmpty()) {
      throw new ResponseParseException("The export request answered HTTP " + accepted.status()
          + " without a Location header to poll", "Location", null);
    }
    Duration wait = retryAfter(accepted, clock, api).orElse(DEFAULT_INTERVAL);
    return new ReconciliationExportImpl(api, clock, sleeper, options, graphTarget(location.get()), wait);
  }

  /** An absolute URL as it is; a relative one as a path below Graph's base URL (without a version prefix). */
  static String graphTarget(String link) {
    if (link.startsWith("https://") || link.startsWith("http://")) {
      return link;
    }
    String path = link.startsWith("/") ? link : "/" + link;
    for (String version : new String[] {"/v1.0/", "/beta/"}) {
      if (path.startsWith(version)) {
        return path.substring(version.length() - 1);
      }
    }
    return path;
  }

  @Override
  public String operationUrl() {
    return location;
  }

  @Override
  public Optional<ExportManifest> poll() {
    if (failure != null) {
      throw failure;
    }
    if (manifest != null) {
      return Optional.of(manifest);
    }
    ApiResponse response = api.exchange(ApiRequest.get(location).audience(Audience.GRAPH).options(options)
        .linkField("Location").build());
    if (response.status() == 202) {
      nextWait = retryAfter(response, clock, api).orElse(DEFAULT_INTERVAL);
      return Optional.empty();
    }
    ExportOperation op = ExportJson.read(response.body(), ExportOperation.class,
        "the export operation " + operationId);
    op.id().ifPresent(id -> operationId = id);
    ExportOperationStatus status = op.status().orElse(ExportOperationStatus.RUNNING);
    if (status.isFailure()) {
      failure = new OperationFailedException(operationId, op.error().flatMap(ExportError::code).orElse(null),
          op.error().flatMap(ExportError::message).orElse(null));
      throw failure;
    }
    if (status.isSuccess()) {
      manifest = manifestOf(op);
      return Optional.of(manifest);
    }
    nextWait = retryAfter(response, clock, api).orElse(DEFAULT_INTERVAL);
    return Optional.empty();
  }

  private ExportManifest manifestOf(ExportOperation op) {
    if (op.resourceLocation().isPresent()) {
      return op.resourceLocation().get();
    }
    String link = op.resourceLocationLink().orElseThrow(() -> new ResponseParseException("The export operation "
        + operationId + " succeeded without a manifest (resourceLocation)", "resourceLocation", null));
    ApiResponse response = api.exchange(ApiRequest.get(graphTarget(link)).audience(Audience.GRAPH)
        .options(options).linkField("resourceLocation").build());
    return ExportJson.read(response.body(), ExportManifest.class, "the manifest of export " + operationId);
  }

  @Override
  public boolean isDone() {
    return manifest != null || failure != null;
  }

  @Override
  public ExportManifest waitForCompletion(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    Instant deadline = clock.instant().plus(timeout);
    int polls = 0;
    while (!isDone()) {
      Duration remaining = Duration.between(clock.instant(), deadline);
      if (remaining.isNegative() || (remaining.isZero() && polls > 0)) {
        throw new RequestTimeoutException("The export " + operationId + " did not finish within " + timeout + " ("
            + polls + " polls)", null, null, options.correlationId().orElse(null), Math.max(1, polls));
      }
      try {
        sleeper.sleep(nextWait.compareTo(remaining) > 0 ? remaining : nextWait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PartnerCenterClientException("Interrupted while waiting for export " + operationId, e);
      }
      poll();
      polls++;
    }
    if (failure != null) {
      throw failure;
    }
    return manifest;
  }

  @Override
  public Stream<ReconciliationLineItem> lineItems() {
    if (failure != null) {
      throw failure;
    }
    if (manifest == null) {
      throw new IllegalStateException("The export " + operationId + " is not finished: poll or wait first");
    }
    return ExportBlobReader.stream(api, manifest);
  }

  /** The answer's Retry-After, capped like the retry path's. */
  static Optional<Duration> retryAfter(ApiResponse response, Clock clock, ApiCaller api) {
    return RetryAfter.parse(response.header("Retry-After").orElse(null), clock.instant(),
        api.settings().retry().maxRetryAfter());
  }

  @Override
  public String toString() {
    return "ReconciliationExport[" + operationId + (manifest != null ? ", done" : failure != null ? ", failed" : "")
        + "]";
  }
}
