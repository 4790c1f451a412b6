package io.cspsdk.sync.twotier;

/** The levels of the two-tier account hierarchy. */
public enum AccountKind {
  /** The root: the indirect provider keeping the mirror. */
  DISTRIBUTOR,
  /** An indirect reseller of the distributor. */
  RESELLER,
  /** A sub-reseller of a reseller (white-label, billed through its reseller). */
  LITE_RESELLER,
  /** A customer of a reseller or lite reseller. */
  END_CUSTOMER;

  /** Whether an account of this kind may sit under a {@code parent} account. */
  public boolean mayHaveParent(AccountKind parent) {
    return switch (this) {
      case DISTRIBUTOR -> false;
      case RESELLER -> parent == DISTRIBUTOR;
      case LITE_RESELLER -> parent == RESELLER;
      case END_CUSTOMER -> parent == RESELLER || parent == LITE_RESELLER;
    };
  }
}
