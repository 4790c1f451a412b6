package io.cspsdk.sync.twotier;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A {@link MirrorSource} fed by the reseller's system: it {@link #push}es events (e.g. from a webhook endpoint) and
 * answers its full state on request for re-syncs. Thread-safe.
 */
public final class PushedEvents implements MirrorSource {
  private final String name;
  private final Supplier<SourceSnapshot> currentState;
  private final List<MirrorEvent> queue = new ArrayList<>();

  /** Events of the reseller system {@code name}; {@code currentState} reads its full state. */
  public PushedEvents(String name, Supplier<SourceSnapshot> currentState) {
    this.name = Objects.requireNonNull(name, "name");
    this.currentState = Objects.requireNonNull(currentState, "currentState");
  }

  /** Queues an event for the next {@link #events()}. */
  public synchronized void push(MirrorEvent event) {
    queue.add(Objects.requireNonNull(event, "event"));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public synchronized List<MirrorEvent> events() {
    List<MirrorEvent> out = List.copyOf(queue);
    queue.clear();
    return out;
  }

  @Override
  public SourceSnapshot snapshot() {
    return currentState.get();
  }
}
