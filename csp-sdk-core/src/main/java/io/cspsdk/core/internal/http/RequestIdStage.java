package io.cspsdk.core.internal.http;

import java.io.IOException;

/** Gives the call its {@code MS-RequestId}: the caller's idempotency key, or a fresh GUID kept for all attempts. */
final class RequestIdStage implements Stage {
  static final String HEADER = "MS-RequestId";

  @Override
  public RawResponse handle(Exchange ex, Chain chain) throws IOException {
    ex.requestId = ex.request.options().requestId().orElseGet(() -> Guids.random());
    ex.headers.put(HEADER, ex.requestId);
    return chain.proceed(ex);
  }
}
