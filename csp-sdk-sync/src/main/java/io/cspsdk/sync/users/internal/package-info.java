/** Internals of user sync: planner, applier, renderers. Not API. */
package io.cspsdk.sync.users.internal;
