/**
 * Two-way user and licence sync between the partner's own directory ({@link io.cspsdk.sync.users.UserDirectory})
 * and Partner Center: plan, review, apply exactly ({@link io.cspsdk.sync.users.UserSync}); continuous mode
 * ({@link io.cspsdk.sync.users.ContinuousUserSync}).
 */
package io.cspsdk.sync.users;
