package io.cspsdk.samples;

/** The main sample: lists a seeded partner's customers and subscriptions against the embedded fake. */
public final class QuickStart {
  private QuickStart() {}

  public static void main(String[] args) {
    System.out.println("csp-sdk quick start: the fake Partner Center sample arrives with csp-sdk-testkit.");
  }
}
