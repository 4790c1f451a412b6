package io.cspsdk.billing.report.internal;

import io.cspsdk.billing.internal.Scaled;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.billing.report.DetailKind;
import io.cspsdk.billing.report.DetailLine;
import io.cspsdk.core.model.ChargeType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One detail line of a subscription's cycle while it is aggregated: what makes lines one detail line (kind,
 * charge type and period, product, unit price) and exact sums of quantity, amount and cost, held in {@link Scaled}
 * longs while they fit and in {@link BigDecimal}s for the rest. One object per detail line, no boxes.
 */
public final class DetailSums {
  private final DetailKind kind;
  private final ChargeType chargeType;
  private final LocalDate start;
  private final LocalDate end;
  private final String productId;
  private final String skuId;
  private final String productName;
  /** The unit price as a scaled value, or {@link Scaled#NONE} when {@link #unitPrice} holds it. */
  private final long unitPrice6;
  private final BigDecimal unitPrice;
  private final long sequence;
  private long quantity;
  private long amount;
  private long cost;
  private BigDecimal quantityRest;
  private BigDecimal amountRest;
  private BigDecimal costRest;
  /** The next detail line of the same subscription and cycle. */
  DetailSums next;

  DetailSums(DetailKind kind, CostLine line, long unitPrice6, BigDecimal unitPrice, long sequence) {
    this.kind = kind;
    this.chargeType = line.chargeType();
    this.start = line.chargeStartDate();
    this.end = line.chargeEndDate();
    this.productId = line.productId();
    this.skuId = line.skuId();
    this.productName = line.productName();
    this.unitPrice6 = unitPrice6;
    this.unitPrice = unitPrice;
    this.sequence = sequence;
  }

  /**
   * The scaled key of a unit price: its scaled value when it has exactly {@value Scaled#SCALE} decimals and is
   * {@linkplain Scaled#bounded bounded}, else {@link Scaled#NONE} (the price is then compared as a BigDecimal).
   */
  public static long unitKey(BigDecimal unitPrice) {
    if (unitPrice.scale() != Scaled.SCALE || unitPrice.precision() > 17) {
      return Scaled.NONE;
    }
    return Scaled.unscaled(unitPrice);
  }

  /** Whether a line with these values belongs to this detail line. */
  boolean matches(DetailKind kind, CostLine line, long unitPrice6, BigDecimal unitPrice) {
    return this.kind == kind
        && this.unitPrice6 == unitPrice6
        && (unitPrice6 != Scaled.NONE || this.unitPrice.equals(unitPrice))
        && start.equals(line.chargeStartDate())
        && end.equals(line.chargeEndDate())
        && sameChargeType(line.chargeType())
        && productId.equals(line.productId())
        && skuId.equals(line.skuId());
  }

  /** Charge types by spelling, as reported. */
  private boolean sameChargeType(ChargeType other) {
    return chargeType == other || chargeType.value().equals(other.value());
  }

  long sequence() {
    return sequence;
  }

  String productName() {
    return productName;
  }

  /** Adds one line in scaled values (none of them {@link Scaled#NONE}). */
  public void add(long quantity6, long amount6, long cost6) {
    long q = quantity + quantity6;
    long a = amount + amount6;
    long c = cost + cost6;
    if (((quantity ^ q) & (quantity6 ^ q)) >= 0
        && ((amount ^ a) & (amount6 ^ a)) >= 0
        && ((cost ^ c) & (cost6 ^ c)) >= 0) {
      quantity = q;
      amount = a;
      cost = c;
    } else {
      add(Scaled.toDecimal(quantity6), Scaled.toDecimal(amount6), Scaled.toDecimal(cost6));
    }
  }

  /** Adds one line exactly. */
  public void add(BigDecimal quantity, BigDecimal amount, BigDecimal cost) {
    quantityRest = quantityRest == null ? quantity : quantityRest.add(quantity);
    amountRest = amountRest == null ? amount : amountRest.add(amount);
    costRest = costRest == null ? cost : costRest.add(cost);
  }

  /** The detail line, amounts rounded to {@code scale} decimals with {@code mode}. */
  DetailLine toLine(int scale, RoundingMode mode) {
    return new DetailLine(
        kind,
        chargeType,
        productId,
        skuId,
        productName,
        start,
        end,
        plainQuantity(sum(quantity, quantityRest)),
        unitPrice != null ? unitPrice : Scaled.toDecimal(unitPrice6),
        sum(amount, amountRest).setScale(scale, mode),
        sum(cost, costRest).setScale(scale, mode));
  }

  private static BigDecimal sum(long scaled, BigDecimal rest) {
    BigDecimal fast = Scaled.toDecimal(scaled);
    return rest == null ? fast : fast.add(rest);
  }

  /** A quantity without the trailing zeros of the sum's fixed scale (10.000000 → 10, 2.500000 → 2.5). */
  private static BigDecimal plainQuantity(BigDecimal q) {
    BigDecimal s = q.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  static int compareForReport(DetailLine a, DetailLine b) {
    return REPORT_ORDER.compare(a, b);
  }

  private static final java.util.Comparator<DetailLine> REPORT_ORDER =
      java.util.Comparator.comparing(DetailLine::chargeStartDate)
          .thenComparing(DetailLine::chargeEndDate)
          .thenComparing(DetailLine::kind)
          .thenComparing(l -> l.chargeType().value())
          .thenComparing(DetailLine::productId)
          .thenComparing(DetailLine::skuId)
          .thenComparing(DetailLine::unitPrice);
}
