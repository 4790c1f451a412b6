/** Customer licences: subscribed SKUs, user licences, licence assignment. */
package io.cspsdk.core.licenses;
