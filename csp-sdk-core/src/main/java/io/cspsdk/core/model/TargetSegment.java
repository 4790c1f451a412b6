package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The customer segment a catalog item is sold to ({@code targetSegment} of catalog queries, {@code segment} of an
 * availability); open: unknown segments are kept as sent. Partner Center writes them in lower case.
 */
public final class TargetSegment extends OpenEnum {
  private static final Registry<TargetSegment> R = new Registry<>(TargetSegment::new);

  public static final TargetSegment COMMERCIAL = R.known("commercial");
  public static final TargetSegment EDUCATION = R.known("education");
  public static final TargetSegment GOVERNMENT = R.known("government");
  public static final TargetSegment NONPROFIT = R.known("nonprofit");

  private TargetSegment(String value) {
    super(value);
  }

  /** The known segment matching {@code value} (case- and separator-insensitive), else a new one as written. */
  @JsonCreator
  public static TargetSegment of(String value) {
    return R.of(value);
  }

  /** Whether this is one of the constants above. */
  public boolean isKnown() {
    return R.isKnown(this);
  }
}
