/** MSAL-backed credentials and the per-(tenant, scope) token cache (not API). */
package io.cspsdk.core.internal.auth;
