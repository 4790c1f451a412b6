package io.cspsdk.testkit.internal.handlers;

import io.cspsdk.testkit.internal.paging.Paging;
import io.cspsdk.testkit.internal.state.FakeState;
import java.util.function.Supplier;

/** What handlers share: the state, the pager and the server's base URI (for absolute Location headers). */
public record HandlerContext(FakeState state, Paging paging, Supplier<String> baseUri, FakeSettings settings) {}
