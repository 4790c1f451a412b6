/**
 * Availability of {@code *.onmicrosoft.com} domains for new customers.
 */
package io.cspsdk.core.domains;
