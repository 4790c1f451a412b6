/**
 * The HTTP pipeline (not API): request id → correlation → rate limiter → retry → auth → logging → transport
 * (Apache HttpClient 5), paging over Partner Center's collection envelope, long-running pollers and error mapping.
 * Resource groups talk to it only through {@link io.cspsdk.core.internal.http.ApiCaller}.
 */
package io.cspsdk.core.internal.http;
