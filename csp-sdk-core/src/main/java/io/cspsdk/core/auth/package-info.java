/**
 * Credentials: the {@link io.cspsdk.core.auth.TokenCredential} SPI, the factories in
 * {@link io.cspsdk.core.auth.PartnerCredentials} (app-only with secret or certificate, app+user with a
 * {@link io.cspsdk.core.auth.TokenCacheStore}), and the one-time {@link io.cspsdk.core.auth.ConsentFlow}.
 */
package io.cspsdk.core.auth;
