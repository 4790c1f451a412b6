package io.cspsdk.billing.report.internal;

import io.cspsdk.billing.internal.Scaled;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.billing.report.DetailKind;
import io.cspsdk.billing.report.DetailLine;
import io.cspsdk.billing.report.SubscriptionSection;
import io.cspsdk.core.model.ChargeType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The detail lines of one subscription while a report is built, one entry per detail line: what makes lines one
 * detail line (cycle, kind, charge type and period, product, unit price) and exact sums of quantity, amount and
 * cost, held in {@link Scaled} longs while they fit and in {@link BigDecimal}s for the rest. One object and two
 * arrays per subscription however many detail lines it has (few objects for a young collection to copy, an entry's
 * numbers side by side); the entries of a cycle are chained by index and searched in the order they were made.
 */
public final class SubscriptionSums {
  /** Entries made room for at first: at least one per cycle of the report, at least this many. */
  private static final int FIRST_CAPACITY = 8;
  private static final DetailKind[] KINDS = DetailKind.values();

  private final String customerId;
  private final String subscriptionId;
  /** The first entry of each cycle, or -1. */
  private final int[] headByCycle;
  /** Another customer's subscription with the same id (ids are unique in practice). */
  SubscriptionSums next;

  private int size;
  /**
   * Per entry, {@value #STRIDE} longs side by side: unit price (scaled, or {@link Scaled#NONE} when {@link #exact}
   * holds it), the kind (low byte) with the index of the cycle's next entry (+1; 0: none) above it, sequence, and
   * the quantity, amount and cost sums (scaled).
   */
  private long[] data;
  private static final int STRIDE = 6;
  private static final int UNIT = 0;
  private static final int LINK = 1;
  private static final int SEQUENCE = 2;
  private static final int QUANTITY = 3;
  private static final int AMOUNT = 4;
  private static final int COST = 5;
  /** Per entry: charge type, product id, SKU id, product name, start date, end date. */
  private Object[] keys;
  private static final int KEYS = 6;
  /** Per entry, made on first need: the unit price when not scaled, and the rest of quantity, amount and cost. */
  private BigDecimal[] exact;
  private static final int EXACT = 4;

  SubscriptionSums(String customerId, String subscriptionId, int cycles) {
    this.customerId = customerId;
    this.subscriptionId = subscriptionId;
    this.headByCycle = new int[cycles];
    Arrays.fill(headByCycle, -1);
    int capacity = Math.max(FIRST_CAPACITY, cycles);
    this.data = new long[capacity * STRIDE];
    this.keys = new Object[capacity * KEYS];
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

  String customerId() {
    return customerId;
  }

  String subscriptionId() {
    return subscriptionId;
  }

  boolean is(String customer, String subscription) {
    return subscriptionId.equals(subscription) && customerId.equals(customer);
  }

  /** The entry of {@code cycle} that the line belongs to, made (with {@code seq}) when it is the first. */
  int entry(int cycle, DetailKind k, CostLine line, long unit6, BigDecimal unit, long seq) {
    int last = -1;
    for (int i = headByCycle[cycle]; i >= 0; i = next(i)) {
      if (matches(i, k, line, unit6, unit)) {
        return i;
      }
      last = i;
    }
    int made = add(k, line, unit6, unit, seq);
    if (last < 0) {
      headByCycle[cycle] = made;
    } else {
      data[last * STRIDE + LINK] += (long) (made + 1) << 8;
    }
    return made;
  }

  private int next(int i) {
    return (int) (data[i * STRIDE + LINK] >>> 8) - 1;
  }

  private int kind(int i) {
    return (int) (data[i * STRIDE + LINK] & 0xFF);
  }

  private boolean matches(int i, DetailKind k, CostLine line, long unit6, BigDecimal unit) {
    if (data[i * STRIDE + UNIT] != unit6 || kind(i) != k.ordinal()) {
      return false;
    }
    int o = i * KEYS;
    return (unit6 != Scaled.NONE || exact[i * EXACT].equals(unit))
        && same((LocalDate) keys[o + 4], line.chargeStartDate())
        && same((LocalDate) keys[o + 5], line.chargeEndDate())
        && same((ChargeType) keys[o], line.chargeType())
        && same((String) keys[o + 1], line.productId())
        && same((String) keys[o + 2], line.skuId());
  }

  private static boolean same(LocalDate a, LocalDate b) {
    return a == b || a.equals(b);
  }

  /** Charge types by spelling, as reported. */
  private static boolean same(ChargeType a, ChargeType b) {
    return a == b || a.value().equals(b.value());
  }

  private static boolean same(String a, String b) {
    return a == b || a.equals(b);
  }

  private int add(DetailKind k, CostLine line, long unit6, BigDecimal unit, long seq) {
    if (size * STRIDE == data.length) {
      grow();
    }
    int i = size++;
    int d = i * STRIDE;
    data[d + UNIT] = unit6;
    data[d + SEQUENCE] = seq;
    data[d + LINK] = k.ordinal();
    int o = i * KEYS;
    keys[o] = line.chargeType();
    keys[o + 1] = line.productId();
    keys[o + 2] = line.skuId();
    keys[o + 3] = line.productName();
    keys[o + 4] = line.chargeStartDate();
    keys[o + 5] = line.chargeEndDate();
    if (unit6 == Scaled.NONE) {
      exact()[i * EXACT] = unit;
    }
    return i;
  }

  private void grow() {
    int n = size * 2;
    data = Arrays.copyOf(data, n * STRIDE);
    keys = Arrays.copyOf(keys, n * KEYS);
    if (exact != null) {
      exact = Arrays.copyOf(exact, n * EXACT);
    }
  }

  private BigDecimal[] exact() {
    if (exact == null) {
      exact = new BigDecimal[data.length / STRIDE * EXACT];
    }
    return exact;
  }

  /** Adds one line to entry {@code i} in scaled values (none of them {@link Scaled#NONE}). */
  void add(int i, long quantity6, long amount6, long cost6) {
    int d = i * STRIDE;
    long q0 = data[d + QUANTITY];
    long a0 = data[d + AMOUNT];
    long c0 = data[d + COST];
    long q = q0 + quantity6;
    long a = a0 + amount6;
    long c = c0 + cost6;
    if (((q0 ^ q) & (quantity6 ^ q)) >= 0 && ((a0 ^ a) & (amount6 ^ a)) >= 0 && ((c0 ^ c) & (cost6 ^ c)) >= 0) {
      data[d + QUANTITY] = q;
      data[d + AMOUNT] = a;
      data[d + COST] = c;
    } else {
      add(i, Scaled.toDecimal(quantity6), Scaled.toDecimal(amount6), Scaled.toDecimal(cost6));
    }
  }

  /** Adds one line to entry {@code i} exactly. */
  void add(int i, BigDecimal q, BigDecimal a, BigDecimal c) {
    BigDecimal[] e = exact();
    int o = i * EXACT;
    e[o + 1] = e[o + 1] == null ? q : e[o + 1].add(q);
    e[o + 2] = e[o + 2] == null ? a : e[o + 2].add(a);
    e[o + 3] = e[o + 3] == null ? c : e[o + 3].add(c);
  }

  /**
   * The section of {@code cycle} (null when the subscription has no line in it): lines in report order, named
   * after the product of the cycle's first line, totals summed from the rounded lines.
   */
  SubscriptionSection section(int cycle, int scale, RoundingMode mode) {
    int first = headByCycle[cycle];
    if (first < 0) {
      return null;
    }
    List<DetailLine> lines = new ArrayList<>();
    BigDecimal sumAmount = BigDecimal.ZERO.setScale(scale, mode);
    BigDecimal sumCost = sumAmount;
    for (int i = first; i >= 0; i = next(i)) {
      DetailLine line = toLine(i, scale, mode);
      lines.add(line);
      sumAmount = sumAmount.add(line.amount());
      sumCost = sumCost.add(line.cost());
      if (data[i * STRIDE + SEQUENCE] < data[first * STRIDE + SEQUENCE]) {
        first = i;
      }
    }
    lines.sort(REPORT_ORDER);
    return new SubscriptionSection(customerId, subscriptionId, (String) keys[first * KEYS + 3], lines, sumAmount,
        sumCost);
  }

  /** Entry {@code i} as a detail line, amounts rounded to {@code scale} decimals with {@code mode}. */
  private DetailLine toLine(int i, int scale, RoundingMode mode) {
    int o = i * KEYS;
    int x = i * EXACT;
    int d = i * STRIDE;
    BigDecimal unit = data[d + UNIT] == Scaled.NONE ? exact[x] : Scaled.toDecimal(data[d + UNIT]);
    return new DetailLine(
        KINDS[kind(i)],
        (ChargeType) keys[o],
        (String) keys[o + 1],
        (String) keys[o + 2],
        (String) keys[o + 3],
        (LocalDate) keys[o + 4],
        (LocalDate) keys[o + 5],
        plainQuantity(sum(data[d + QUANTITY], exact == null ? null : exact[x + 1])),
        unit,
        sum(data[d + AMOUNT], exact == null ? null : exact[x + 2]).setScale(scale, mode),
        sum(data[d + COST], exact == null ? null : exact[x + 3]).setScale(scale, mode));
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

  private static final Comparator<DetailLine> REPORT_ORDER =
      Comparator.comparing(DetailLine::chargeStartDate)
          .thenComparing(DetailLine::chargeEndDate)
          .thenComparing(DetailLine::kind)
          .thenComparing(l -> l.chargeType().value())
          .thenComparing(DetailLine::productId)
          .thenComparing(DetailLine::skuId)
          .thenComparing(DetailLine::unitPrice);
}
