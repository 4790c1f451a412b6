/**
 * The Partner Center client: {@link io.cspsdk.core.PartnerCenterClient} and its builder, per-call
 * {@link io.cspsdk.core.RequestOptions}, lazy {@link io.cspsdk.core.PagedIterable} listings resumable by
 * {@link io.cspsdk.core.ContinuationToken}, long-running {@link io.cspsdk.core.Poller}s, retry settings and the
 * raw escape hatch.
 */
package io.cspsdk.core;
