package io.cspsdk.testkit.internal.handlers;

import java.time.Duration;

/** Behaviour switches of one fake instance. */
public final class FakeSettings {
  /** Largest page the fake serves, whatever {@code size} asks (small, so that tests exercise paging). */
  public volatile int maxPageSize = 50;
  /** Whether new-commerce purchases need an accepted Microsoft Customer Agreement (13605). */
  public volatile boolean requireCustomerAgreement;
  /** Polls of a Graph export operation that answer {@code running} before it succeeds. */
  public volatile int exportPollsUntilDone = DEFAULT_EXPORT_POLLS;
  public static final int DEFAULT_EXPORT_POLLS = 1;
  /** Retry-After the export operation asks for while running. */
  public volatile Duration exportRetryAfter = Duration.ofSeconds(5);
  /** Sandbox (integration) account: customers may be deleted. */
  public volatile boolean sandbox = true;
  /** Line items per Graph export blob. */
  public volatile int linesPerBlob = 500;
}
