package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The kind of operation an audit record describes (open: unknown values are kept as sent). */
public final class AuditOperationType extends OpenEnum {
  private static final Registry<AuditOperationType> R = new Registry<>(AuditOperationType::new);

  public static final AuditOperationType UPDATE_CUSTOMER_QUALIFICATION = R.known("update_customer_qualification");
  public static final AuditOperationType UPDATE_SUBSCRIPTION = R.known("update_subscription");
  public static final AuditOperationType UPGRADE_SUBSCRIPTION = R.known("upgrade_subscription");
  public static final AuditOperationType CONVERT_TRIAL_SUBSCRIPTION = R.known("convert_trial_subscription");
  public static final AuditOperationType ADD_CUSTOMER = R.known("add_customer");
  public static final AuditOperationType UPDATE_CUSTOMER_BILLING_PROFILE = R.known("update_customer_billing_profile");
  public static final AuditOperationType UPDATE_CUSTOMER_PARTNER_CONTRACT_COMPANY_NAME = R.known("update_customer_partner_contract_company_name");
  public static final AuditOperationType UPDATE_CUSTOMER_SPENDING_BUDGET = R.known("update_customer_spending_budget");
  public static final AuditOperationType DELETE_CUSTOMER = R.known("delete_customer");
  public static final AuditOperationType REMOVE_PARTNER_CUSTOMER_RELATIONSHIP = R.known("remove_partner_customer_relationship");
  public static final AuditOperationType CREATE_ORDER = R.known("create_order");
  public static final AuditOperationType UPDATE_ORDER = R.known("update_order");
  public static final AuditOperationType CREATE_CUSTOMER_USER = R.known("create_customer_user");
  public static final AuditOperationType DELETE_CUSTOMER_USER = R.known("delete_customer_user");
  public static final AuditOperationType UPDATE_CUSTOMER_USER = R.known("update_customer_user");
  public static final AuditOperationType UPDATE_CUSTOMER_USER_LICENSES = R.known("update_customer_user_licenses");
  public static final AuditOperationType RESET_CUSTOMER_USER_PASSWORD = R.known("reset_customer_user_password");
  public static final AuditOperationType UPDATE_CUSTOMER_USER_PRINCIPAL_NAME = R.known("update_customer_user_principal_name");
  public static final AuditOperationType RESTORE_CUSTOMER_USER = R.known("restore_customer_user");
  public static final AuditOperationType CREATE_MPN_ASSOCIATION = R.known("create_mpn_association");
  public static final AuditOperationType UPDATE_MPN_ASSOCIATION = R.known("update_mpn_association");
  public static final AuditOperationType UPDATE_TRANSFER = R.known("update_transfer");
  public static final AuditOperationType CREATE_PARTNER_RELATIONSHIP = R.known("create_partner_relationship");

  private AuditOperationType(String value) {
    super(value);
  }

  @JsonCreator
  public static AuditOperationType of(String value) {
    return R.of(value);
  }

  /** Whether this is one of the constants above. */
  public boolean isKnown() {
    return R.isKnown(this);
  }
}
