package io.cspsdk.sync.approvals;

import io.cspsdk.billing.quote.Quote;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.CatalogItemId;
import io.cspsdk.core.model.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a submitted request is carried out at once or held for approval: {@link Optional#empty()}
 * approves, a reason holds. Policies combine with {@link #anyOf}: the first that holds wins.
 *
 * <pre>{@code
 * ApprovalPolicy policy = ApprovalPolicy.anyOf(
 *     ApprovalPolicy.holdSelfService(),
 *     ApprovalPolicy.holdAbove(Money.of("1000.00", "USD")),
 *     ApprovalPolicy.holdBelowMargin(new BigDecimal("10")));
 * }</pre>
 */
@FunctionalInterface
public interface ApprovalPolicy {
  /** Empty to approve automatically; otherwise why the request is held. */
  Optional<String> holdReason(PurchaseRequest request);

  /** Approves everything. */
  static ApprovalPolicy autoApprove() {
    return r -> Optional.empty();
  }

  /** Holds every request. */
  static ApprovalPolicy holdAll() {
    return r -> Optional.of("every request needs approval");
  }

  /** Holds every request a customer made for itself. */
  static ApprovalPolicy holdSelfService() {
    return r -> r.requester().selfService()
        ? Optional.of("self-service request by " + r.requester().id()) : Optional.empty();
  }

  /**
   * Holds requests whose quote commits more than {@code limit} (the term price); requests with a quote in another
   * currency, or a purchase or seat change without a quote, are held too.
   */
  static ApprovalPolicy holdAbove(Money limit) {
    Objects.requireNonNull(limit, "limit");
    return r -> {
      Optional<String> noQuote = unquoted(r);
      if (noQuote.isPresent() || r.quote().isEmpty()) {
        return noQuote;
      }
      Money term = r.quote().get().term().price();
      if (!term.currency().equals(limit.currency())) {
        return Optional.of("quoted in " + term.currency() + ", the limit is in " + limit.currency());
      }
      return term.compareTo(limit) > 0 ? Optional.of("term price " + term + " is above " + limit) : Optional.empty();
    };
  }

  /** Holds requests whose quoted term margin is below {@code percent} % of the price (or that have no quote). */
  static ApprovalPolicy holdBelowMargin(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    return r -> {
      Optional<String> noQuote = unquoted(r);
      if (noQuote.isPresent() || r.quote().isEmpty()) {
        return noQuote;
      }
      Quote q = r.quote().get();
      BigDecimal margin = q.term().marginPercent();
      return margin.compareTo(percent) < 0
          ? Optional.of("margin " + margin + " % is below " + percent.stripTrailingZeros().toPlainString() + " %")
          : Optional.empty();
    };
  }

  /** Holds purchases of the given products ({@code productId}, case-insensitive) and changes quoted on them. */
  static ApprovalPolicy holdProducts(Set<String> productIds) {
    if (productIds.isEmpty()) {
      throw new ValidationException("productIds", "must not be empty");
    }
    Set<String> ids = productIds.stream().map(p -> p.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    return r -> {
      Optional<String> product = r.catalogItemId().flatMap(CatalogItemId::tryParse).map(CatalogItemId::productId)
          .or(() -> r.quote().map(Quote::productId));
      return product.filter(p -> ids.contains(p.toUpperCase(Locale.ROOT)))
          .map(p -> "product " + p + " needs approval");
    };
  }

  /** The first of {@code policies} that holds the request decides; approves when none does. */
  static ApprovalPolicy anyOf(ApprovalPolicy... policies) {
    List<ApprovalPolicy> all = List.of(policies);
    return r -> {
      for (ApprovalPolicy p : all) {
        Optional<String> reason = p.holdReason(r);
        if (reason.isPresent()) {
          return reason;
        }
      }
      return Optional.empty();
    };
  }

  private static Optional<String> unquoted(PurchaseRequest r) {
    return r.quote().isEmpty() && r.kind() != RequestKind.CANCELLATION
        ? Optional.of("no quote to check") : Optional.empty();
  }
}
