package io.cspsdk.sync.users;

/** Options of one apply: whether the caller allows the deletions of a plan above the deletion threshold. */
public final class ApplyOptions {
  private static final ApplyOptions NONE = new ApplyOptions(false);
  private final boolean allowDeletions;

  private ApplyOptions(boolean allowDeletions) {
    this.allowDeletions = allowDeletions;
  }

  public static ApplyOptions none() {
    return NONE;
  }

  /** The explicit allowance for a plan that disables or deletes more users than the threshold. */
  public static ApplyOptions allowingDeletions() {
    return new ApplyOptions(true);
  }

  public boolean allowDeletions() {
    return allowDeletions;
  }
}
