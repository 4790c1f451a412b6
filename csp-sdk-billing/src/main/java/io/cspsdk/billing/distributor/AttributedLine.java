package io.cspsdk.billing.distributor;

import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.error.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * A cost line with the reseller it is invoiced to and, when the end customer ({@code line.customerId()}) belongs
 * to a lite reseller, that lite reseller.
 */
public record AttributedLine(CostLine line, String resellerId, Optional<String> liteResellerId) {
  public AttributedLine {
    Objects.requireNonNull(line, "line");
    if (resellerId == null || resellerId.isBlank()) {
      throw new ValidationException("resellerId", "is required");
    }
    liteResellerId = liteResellerId == null ? Optional.empty() : liteResellerId;
  }

  /** A line of a reseller's own customer. */
  public static AttributedLine of(CostLine line, String resellerId) {
    return new AttributedLine(line, resellerId, Optional.empty());
  }

  /** A line of a lite reseller's customer. */
  public static AttributedLine viaLiteReseller(CostLine line, String resellerId, String liteResellerId) {
    return new AttributedLine(line, resellerId, Optional.of(liteResellerId));
  }
}
