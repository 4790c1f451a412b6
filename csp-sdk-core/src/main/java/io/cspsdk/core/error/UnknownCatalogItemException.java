package io.cspsdk.core.error;

/** Partner Center code 800004: the catalog item is unknown or cannot be bought in this combination (e.g. an add-on without its base). */
public class UnknownCatalogItemException extends BusinessRuleException {
  private static final long serialVersionUID = 1L;

  public UnknownCatalogItemException(ServiceError error, int attempts) {
    super(error, attempts, RefusalReason.UNKNOWN_CATALOG_ITEM, "order");
  }
}
