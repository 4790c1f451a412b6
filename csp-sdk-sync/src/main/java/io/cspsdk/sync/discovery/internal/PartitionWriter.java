package io.cspsdk.sync.discovery.internal;

import io.cspsdk.core.error.ResponseParseException;
import io.cspsdk.sync.discovery.Change;
import io.cspsdk.sync.discovery.DiscoveredItem;
import io.cspsdk.sync.discovery.ItemKind;
import io.cspsdk.sync.job.Count;
import io.cspsdk.sync.job.FailureCategory;
import io.cspsdk.sync.job.ItemFailure;
import io.cspsdk.sync.store.PartitionState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One attempt at one partition: compares what is read with the partition's previous digest, hands each page to the
 * sink, and commits the partition (new digest, counts) only after the sink has taken everything, including the
 * removals. Nothing is committed when the attempt is abandoned, so the next attempt redelivers it (at least once).
 */
final class PartitionWriter {
  private final RunContext ctx;
  private final String partitionId;
  private final Optional<String> customerId;
  private final Map<String, String> previous;
  private final Map<String, String> digest = new HashMap<>();
  private final Map<String, long[]> counts = new HashMap<>();
  private final List<ItemFailure> unreadable = new ArrayList<>();
  private long calls;

  PartitionWriter(RunContext ctx, String partitionId, Optional<String> customerId, Map<String, String> previous) {
    this.ctx = ctx;
    this.partitionId = partitionId;
    this.customerId = customerId;
    this.previous = previous;
  }

  /** One API call made for this partition. */
  void call() {
    calls++;
    ctx.countCall();
  }

  /** Hands a page of items to the sink, then reaches a safe point. */
  void deliver(List<Found> found) {
    if (found.isEmpty()) {
      ctx.safePoint();
      return;
    }
    List<DiscoveredItem> items = new ArrayList<>(found.size());
    for (Found f : found) {
      String hash = Hashes.of(f.value());
      String old = previous.get(f.qualifiedKey());
      Change change = old == null ? Change.CREATED : old.equals(hash) ? Change.UNCHANGED : Change.UPDATED;
      items.add(new DiscoveredItem(f.kind(), f.key(), f.customerId(), f.parentKey(), change,
          Optional.of(f.value()), hash));
    }
    send(items);
    for (DiscoveredItem i : items) {
      digest.put(i.qualifiedKey(), i.contentHash());
      long[] c = counts(i.kind().key());
      c[0]++;
      c[1]++;
    }
    ctx.safePoint();
  }

  /**
   * Notes the records of a page that could not be read (each becomes a RECORD failure with its redacted payload
   * excerpt when the partition is committed, so a retried attempt does not report them twice) and reaches no safe
   * point: the page's readable items follow with {@link #deliver}.
   */
  void unreadable(ItemKind kind, String listing, List<ResponseParseException> errors) {
    for (ResponseParseException e : errors) {
      unreadable.add(new ItemFailure(kind.key(), listing + "/" + e.path(), FailureCategory.RECORD,
          Errors.describe(e), e.payloadExcerpt()));
      counts(kind.key())[0]++;
      counts(kind.key())[2]++;
    }
  }

  /**
   * Delivers the removals (previous keys not seen now) and commits the partition as done, then reports its
   * unreadable records. An unreadable record's previous version stays in the digest, so it is not reported removed.
   */
  void finish() {
    for (ItemFailure f : unreadable) {
      previous.keySet().stream().filter(k -> k.startsWith(f.kind() + ":")).forEach(k -> digest.putIfAbsent(k,
          previous.get(k)));
    }
    List<DiscoveredItem> removed = removals(previous, digest, customerId);
    if (!removed.isEmpty()) {
      send(removed);
    }
    ctx.commitPartition(new PartitionState(partitionId, ctx.runId(), PartitionState.Status.DONE,
        ctx.clock.instant(), digest), counts(), calls);
    unreadable.forEach(ctx::failed);
  }

  /** Commits the partition as failed, keeping its previous digest, with one failure counted against {@code kind}. */
  void failed(ItemKind kind) {
    Map<String, Count> c = new HashMap<>();
    c.put(kind.key(), new Count(0, 0, 1));
    ctx.commitPartition(new PartitionState(partitionId, ctx.runId(), PartitionState.Status.FAILED,
        ctx.clock.instant(), previous), c, calls);
  }

  static List<DiscoveredItem> removals(Map<String, String> previous, Map<String, String> now,
                                       Optional<String> customerId) {
    List<DiscoveredItem> removed = new ArrayList<>();
    previous.forEach((qualified, hash) -> {
      if (!now.containsKey(qualified)) {
        int colon = qualified.indexOf(':');
        ItemKind kind = ItemKind.valueOf(qualified.substring(0, colon).toUpperCase(Locale.ROOT));
        removed.add(new DiscoveredItem(kind, qualified.substring(colon + 1), customerId, Optional.empty(),
            Change.REMOVED, Optional.empty(), hash));
      }
    });
    return removed;
  }

  private void send(List<DiscoveredItem> items) {
    try {
      ctx.sink.accept(ctx.runId(), List.copyOf(items));
    } catch (RuntimeException e) {
      throw new SinkFailure(e);
    }
  }

  private long[] counts(String kind) {
    return counts.computeIfAbsent(kind, k -> new long[3]);
  }

  private Map<String, Count> counts() {
    Map<String, Count> out = new HashMap<>();
    counts.forEach((k, v) -> out.put(k, new Count(v[0], v[1], v[2])));
    return out;
  }
}
