package io.cspsdk.core.model;

/** Thrown when amounts in different currencies are combined in one operation. */
public final class CurrencyMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String expected;
  private final String actual;

  public CurrencyMismatchException(String expected, String actual) {
    super("currency: cannot combine " + expected + " with " + actual + " (no implicit conversion)");
    this.expected = expected;
    this.actual = actual;
  }

  public String expected() {
    return expected;
  }

  public String actual() {
    return actual;
  }
}
