package io.cspsdk.sync.users;

/** What a plan step does; a plan applies its steps in this order. */
public enum StepKind {
  /** Raise a subscription's quantity so that the planned licence assignments have seats (the seat-purchase hook). */
  BUY_SEATS("$"),
  /** Remember that a directory user and a Partner Center user are the same person (first matched by UPN). */
  LINK_USERS("="),
  CREATE_USER("+"),
  /** Partner Center: restore a soft-deleted user (within 30 days); directory: enable a disabled user. */
  RESTORE_USER("^"),
  UPDATE_USER("~"),
  ASSIGN_LICENCES("+L"),
  REMOVE_LICENCES("-L"),
  /** Directory only: disable the user, the step before deletion. */
  DISABLE_USER("!"),
  /** Partner Center: soft-delete (restorable for 30 days); directory: remove a user disabled before. */
  DELETE_USER("-");

  private final String symbol;

  StepKind(String symbol) {
    this.symbol = symbol;
  }

  /** The plan text's mark for this kind ({@code +} create, {@code ~} update, {@code -} delete, ...). */
  public String symbol() {
    return symbol;
  }
}
