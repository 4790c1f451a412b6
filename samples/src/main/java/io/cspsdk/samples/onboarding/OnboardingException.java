package io.cspsdk.samples.onboarding;

/** A user could not be onboarded; the message says why and that nothing was created. */
public final class OnboardingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message what was refused */
  public OnboardingException(String message) {
    super(message);
  }
}
