package io.cspsdk.core.internal.http;

import java.io.IOException;

/** Sets {@code MS-CorrelationId}: per call option, else the client's default, else a fresh GUID. */
final class CorrelationStage implements Stage {
  static final String HEADER = "MS-CorrelationId";
  private final String clientDefault;

  CorrelationStage(String clientDefault) {
    this.clientDefault = clientDefault;
  }

  @Override
  public RawResponse handle(Exchange ex, Chain chain) throws IOException {
    ex.correlationId = ex.request.options().correlationId()
        .orElseGet(() -> clientDefault != null ? clientDefault : Guids.random());
    ex.headers.put(HEADER, ex.correlationId);
    return chain.proceed(ex);
  }
}
