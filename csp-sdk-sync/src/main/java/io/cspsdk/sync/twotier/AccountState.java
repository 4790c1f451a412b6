package io.cspsdk.sync.twotier;

import io.cspsdk.core.error.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * An account as the reseller's system holds it. {@code name}, {@code accountingNumber} and {@code email} are the
 * fields locked on the distributor's side; {@code tenantId} and {@code mpnId} link it to Partner Center (a
 * reseller's MPN id is what subscriptions carry as {@code partnerId}).
 *
 * @param parentId the parent account's source id (the distributor's id for a reseller)
 */
public record AccountState(AccountKind kind, String parentId, String name, String accountingNumber, String email,
                           Optional<String> tenantId, Optional<String> mpnId) {
  /** Validates: kind, parent and name are required; the distributor is not a mirrored account. */
  public AccountState {
    Objects.requireNonNull(kind, "kind");
    if (kind == AccountKind.DISTRIBUTOR) {
      throw new ValidationException("account.kind", "the distributor is the mirror's root, not a mirrored account");
    }
    if (parentId == null || parentId.isBlank()) {
      throw new ValidationException("account.parentId", "is required");
    }
    if (name == null || name.isBlank()) {
      throw new ValidationException("account.name", "is required");
    }
    accountingNumber = accountingNumber == null ? "" : accountingNumber;
    email = email == null ? "" : email;
    tenantId = tenantId == null ? Optional.empty() : tenantId;
    mpnId = mpnId == null ? Optional.empty() : mpnId;
  }

  /** A reseller directly under the distributor. */
  public static AccountState reseller(String distributorId, String name, String accountingNumber, String email,
                                      String tenantId, String mpnId) {
    return new AccountState(AccountKind.RESELLER, distributorId, name, accountingNumber, email,
        Optional.ofNullable(tenantId), Optional.ofNullable(mpnId));
  }

  /** A lite reseller under a reseller. */
  public static AccountState liteReseller(String resellerId, String name, String accountingNumber, String email) {
    return new AccountState(AccountKind.LITE_RESELLER, resellerId, name, accountingNumber, email, Optional.empty(),
        Optional.empty());
  }

  /** An end customer under a reseller or lite reseller. */
  public static AccountState endCustomer(String parentId, String name, String accountingNumber, String email,
                                         String tenantId) {
    return new AccountState(AccountKind.END_CUSTOMER, parentId, name, accountingNumber, email,
        Optional.ofNullable(tenantId), Optional.empty());
  }
}
