package io.cspsdk.core.internal.http;

import java.io.IOException;
import java.util.List;

/** One step of the pipeline; it may change the exchange, call the rest of the chain (once or more), or answer itself. */
interface Stage {
  RawResponse handle(Exchange exchange, Chain chain) throws IOException;

  /** The rest of the pipeline after a stage. */
  final class Chain {
    private final List<Stage> stages;
    private final int index;

    Chain(List<Stage> stages, int index) {
      this.stages = stages;
      this.index = index;
    }

    RawResponse proceed(Exchange exchange) throws IOException {
      if (index >= stages.size()) {
        throw new IllegalStateException("the last stage must answer");
      }
      return stages.get(index).handle(exchange, new Chain(stages, index + 1));
    }
  }
}
