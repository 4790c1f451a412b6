package io.cspsdk.billing.pricing;

import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An effective-dated price list: the global list, a customer-specific list, or an ERP list. Entries are never
 * overwritten: a new price {@link #supersede supersedes} the open one from a date, so a price valid at any past
 * date can still be looked up. Two entries of one key must not overlap in time.
 */
public final class PriceList {
  private final String name;
  private final String customerId;
  private final List<PriceListEntry> entries;
  private final Map<String, List<PriceListEntry>> byProduct;

  private PriceList(String name, String customerId, List<PriceListEntry> entries) {
    this.name = Objects.requireNonNull(name, "name");
    this.customerId = customerId;
    this.entries = List.copyOf(entries);
    Map<String, List<PriceListEntry>> index = new HashMap<>();
    for (PriceListEntry e : this.entries) {
      List<PriceListEntry> same = index.computeIfAbsent(e.key().productId(), k -> new ArrayList<>());
      for (PriceListEntry other : same) {
        if (other.key().equals(e.key()) && other.validity().overlaps(e.validity())) {
          throw new ValidationException(
              "priceList[" + name + "]." + e.key(),
              "entries must not overlap in time: " + other.validity() + " and " + e.validity());
        }
      }
      same.add(e);
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    this.byProduct = index;
  }

  /** The global price list (applies to every customer, after customer-specific lists). */
  public static Builder global(String name) {
    return new Builder(name, null);
  }

  /** A customer-specific price list (wins over the global list for that customer). */
  public static Builder forCustomer(String name, String customerId) {
    if (customerId == null || customerId.isBlank()) {
      throw new ValidationException("customerId", "must not be blank");
    }
    return new Builder(name, customerId);
  }

  public String name() {
    return name;
  }

  /** The customer of a customer-specific list; empty for the global and ERP lists. */
  public Optional<String> customerId() {
    return Optional.ofNullable(customerId);
  }

  public List<PriceListEntry> entries() {
    return entries;
  }

  /** The most specific entry matching the line that is valid at {@code date}. */
  public Optional<PriceListEntry> lookup(CostLine line, LocalDate date) {
    List<PriceListEntry> candidates = byProduct.get(line.productId());
    if (candidates == null) {
      return Optional.empty();
    }
    PriceListEntry best = null;
    for (PriceListEntry e : candidates) {
      if (e.key().matches(line)
          && e.validity().contains(date)
          && (best == null || e.key().specificity() > best.key().specificity())) {
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The entry for exactly {@code key} valid at {@code date}. */
  public Optional<PriceListEntry> lookup(PriceKey key, LocalDate date) {
    return byProduct.getOrDefault(key.productId(), List.of()).stream()
        .filter(e -> e.key().equals(key) && e.validity().contains(date))
        .findFirst();
  }

  /** Every entry of {@code key}, oldest first: the price history. */
  public List<PriceListEntry> history(PriceKey key) {
    List<PriceListEntry> h = new ArrayList<>();
    for (PriceListEntry e : byProduct.getOrDefault(key.productId(), List.of())) {
      if (e.key().equals(key)) {
        h.add(e);
      }
    }
    h.sort(Comparator.comparing(e -> e.validity().validFrom()));
    return Collections.unmodifiableList(h);
  }

  /**
   * A copy of this list where {@code key} costs {@code unitPrice} from {@code from} on: the entry valid at
   * {@code from} is closed the day before (kept in the history) and the new one runs as long as the closed one
   * would have (or open-ended).
   */
  public PriceList supersede(PriceKey key, LocalDate from, Money unitPrice) {
    List<PriceListEntry> next = new ArrayList<>(entries.size() + 1);
    Validity newValidity = Validity.from(from);
    for (PriceListEntry e : entries) {
      if (e.key().equals(key) && e.validity().contains(from)) {
        if (e.validity().validUntil().isPresent()) {
          newValidity = Validity.between(from, e.validity().validUntil().get());
        }
        if (!e.validity().validFrom().equals(from)) {
          next.add(new PriceListEntry(key, e.validity().endingAt(from), e.unitPrice()));
        }
      } else {
        next.add(e);
      }
    }
    next.add(new PriceListEntry(key, newValidity, unitPrice));
    return new PriceList(name, customerId, next);
  }

  @Override
  public String toString() {
    return "PriceList[" + name + (customerId != null ? ", customer " + customerId : "") + ", "
        + entries.size() + " entries]";
  }

  /** Builder of {@link PriceList}. */
  public static final class Builder {
    private final String name;
    private final String customerId;
    private final List<PriceListEntry> entries = new ArrayList<>();

    private Builder(String name, String customerId) {
      if (name == null || name.isBlank()) {
        throw new ValidationException("name", "must not be blank");
      }
      this.name = name;
      this.customerId = customerId;
    }

    public Builder entry(PriceListEntry entry) {
      entries.add(Objects.requireNonNull(entry, "entry"));
      return this;
    }

    public Builder price(PriceKey key, Validity validity, Money unitPrice) {
      return entry(new PriceListEntry(key, validity, unitPrice));
    }

    public Builder price(PriceKey key, Money unitPrice) {
      return price(key, Validity.always(), unitPrice);
    }

    public PriceList build() {
      return new PriceList(name, customerId, entries);
    }
  }
}
