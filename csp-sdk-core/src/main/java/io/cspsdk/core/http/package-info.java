/**
 * Transport options and the pipeline hook: {@link io.cspsdk.core.http.HttpInterceptor} (before each request, after
 * each response, on each retry) and {@link io.cspsdk.core.http.ProxyOptions}.
 */
package io.cspsdk.core.http;
