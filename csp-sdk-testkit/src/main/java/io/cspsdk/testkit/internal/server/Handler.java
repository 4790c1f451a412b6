package io.cspsdk.testkit.internal.server;

/** Answers one route. Runs with the fake's state lock held. */
@FunctionalInterface
public interface Handler {
  Response handle(Request request);
}
