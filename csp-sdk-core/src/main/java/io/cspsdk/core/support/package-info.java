/**
 * Service requests (support incidents) of the partner and of its customers.
 */
package io.cspsdk.core.support;
