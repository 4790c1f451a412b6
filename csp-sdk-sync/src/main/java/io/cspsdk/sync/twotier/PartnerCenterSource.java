package io.cspsdk.sync.twotier;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.model.CompanyProfile;
import io.cspsdk.core.model.Customer;
import io.cspsdk.core.model.PartnerRelationship;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.model.SubscriptionStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Partner Center as the distributor sees it, as a {@link MirrorSource}: its indirect resellers (id = tenant id),
 * their customers ({@code IndirectReseller} filter) and those customers' subscriptions (id = Partner Center's
 * subscription id). Partner Center knows no lite resellers, accounting numbers or emails of resellers, and pushes no
 * reseller-side events, so this source only serves {@link #snapshot()}: a re-sync from it repairs the mirror to
 * what Partner Center bills. Needs App+User credentials (the relationship endpoints require them).
 */
public final class PartnerCenterSource implements MirrorSource {
  private final PartnerCenterClient pc;
  private final String distributorId;

  /** Reads through {@code pc}; resellers are placed under {@code distributorId}. */
  public PartnerCenterSource(PartnerCenterClient pc, String distributorId) {
    this.pc = Objects.requireNonNull(pc, "pc");
    this.distributorId = Objects.requireNonNull(distributorId, "distributorId");
  }

  @Override
  public String name() {
    return "partner-center";
  }

  /** Always empty: Partner Center has no reseller-side event feed for the distributor. */
  @Override
  public List<MirrorEvent> events() {
    return List.of();
  }

  @Override
  public SourceSnapshot snapshot() {
    Map<String, AccountState> accounts = new LinkedHashMap<>();
    Map<String, SubscriptionState> subscriptions = new LinkedHashMap<>();
    for (PartnerRelationship r : pc.relationships().indirectResellers()) {
      accounts.put(r.id(), new AccountState(AccountKind.RESELLER, distributorId, r.name().orElse(r.id()), "", "",
          Optional.of(r.id()), r.mpnId()));
      for (Customer c : pc.relationships().customersOf(r.id())) {
        String name = c.companyProfile().flatMap(CompanyProfile::companyName).orElse(c.id());
        accounts.put(c.id(), AccountState.endCustomer(r.id(), name, "", "", c.id()));
        for (Subscription s : pc.subscriptions(c.id()).list()) {
          state(c.id(), s).ifPresent(st -> subscriptions.put(s.id(), st));
        }
      }
    }
    return new SourceSnapshot(accounts, subscriptions);
  }

  /** A Partner Center subscription as mirrored state; empty for one without dates or seats (not yet provisioned). */
  static Optional<SubscriptionState> state(String customerId, Subscription s) {
    Optional<LocalDate> start = s.effectiveStartDate().map(PartnerCenterSource::date);
    Optional<LocalDate> end = s.commitmentEndDate().map(PartnerCenterSource::date);
    if (start.isEmpty() || end.isEmpty() || s.quantity() < 1) {
      return Optional.empty();
    }
    return Optional.of(new SubscriptionState(customerId, status(s.status()),
        start.get(), end.get(), s.creationDate().map(PartnerCenterSource::date).orElse(start.get()),
        s.autoRenewEnabled(), s.offerId(),
        s.billingCycle().toString(), s.quantity(), Map.of(), s.parentSubscriptionId(),
        Optional.of(s.id())));
  }

  private static MirrorStatus status(SubscriptionStatus st) {
    if (st.equals(SubscriptionStatus.ACTIVE) || st.equals(SubscriptionStatus.of("pending"))) {
      return MirrorStatus.ACTIVE;
    }
    if (st.equals(SubscriptionStatus.of("suspended")) || st.equals(SubscriptionStatus.of("disabled"))) {
      return MirrorStatus.SUSPENDED;
    }
    return MirrorStatus.CANCELLED;
  }

  private static LocalDate date(OffsetDateTime t) {
    return t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
  }
}
