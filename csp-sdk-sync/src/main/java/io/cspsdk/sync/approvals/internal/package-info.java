/** Internal parts of {@link io.cspsdk.sync.approvals}; not API. */
package io.cspsdk.sync.approvals.internal;
