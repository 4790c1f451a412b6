/** Discovery's machinery; not API. */
package io.cspsdk.sync.discovery.internal;
