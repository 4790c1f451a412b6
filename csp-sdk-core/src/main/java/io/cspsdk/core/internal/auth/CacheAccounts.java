package io.cspsdk.core.internal.auth;

import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;

/**
 * Keeps one account in a token cache: after a consent redemption or a refresh token import, accounts of earlier
 * sign-ins are removed so that the credential redeems the refresh token of the admin who signed in last.
 */
final class CacheAccounts {
  private CacheAccounts() {}

  static void keepOnly(ConfidentialClientApplication app, IAuthenticationResult result) {
    String keep = result.account() == null ? null : result.account().homeAccountId();
    for (IAccount account : app.getAccounts().join()) {
      if (keep != null && !keep.equals(account.homeAccountId())) {
        app.removeAccount(account).join();
      }
    }
  }
}
