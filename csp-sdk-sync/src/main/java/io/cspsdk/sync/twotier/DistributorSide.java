package io.cspsdk.sync.twotier;

import io.cspsdk.core.error.ValidationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The distributor's side of the mirror: it may attach its own records and set its own fields, and nothing else.
 * Reseller-owned fields are refused with a {@link LockedFieldException} naming the field, sales operations with a
 * {@link SalesOperationRefusedException}; a refused change writes nothing. There is deliberately no way to create
 * a subscription or order for a reseller's customer here.
 */
public final class DistributorSide {
  /** The account fields the reseller owns. */
  public static final Set<String> LOCKED_ACCOUNT_FIELDS = Set.of("name", "accountingNumber", "email");
  /** The subscription fields the reseller owns. */
  public static final Set<String> LOCKED_SUBSCRIPTION_FIELDS = Set.of("status", "startDate", "endDate",
      "activationDate", "autoRenew", "product", "billingCycle", "quantity", "characteristics");
  /** The distributor's own fields on mirrored accounts and subscriptions. */
  public static final Set<String> LOCAL_FIELDS = Set.of("internalReference", "notes", "accountManager");

  private final MirrorStore store;
  private final Clock clock;

  DistributorSide(MirrorStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Sets distributor-owned fields of an account; any locked or unknown field refuses the whole change. */
  public MirroredAccount updateAccount(String accountId, Map<String, String> changes) {
    MirroredAccount a = liveAccount(accountId);
    check(changes, LOCKED_ACCOUNT_FIELDS, accountId);
    Map<String, String> f = new TreeMap<>(a.localFields());
    f.putAll(changes);
    MirroredAccount written = a.withLocal(f, a.attachments());
    store.write(MirrorWrite.account(written));
    return written;
  }

  /** Sets distributor-owned fields of a subscription; any locked or unknown field refuses the whole change. */
  public MirroredSubscription updateSubscription(String subscriptionId, Map<String, String> changes) {
    MirroredSubscription s = liveSubscription(subscriptionId);
    check(changes, LOCKED_SUBSCRIPTION_FIELDS, subscriptionId);
    Map<String, String> f = new TreeMap<>(s.localFields());
    f.putAll(changes);
    MirroredSubscription written = s.withLocal(f, s.attachments());
    store.write(MirrorWrite.subscription(written));
    return written;
  }

  /** Attaches a note, contact, email, task, event, document, case or invoice to an account. */
  public MirroredAccount attachToAccount(String accountId, AttachmentKind kind, String text) {
    MirroredAccount a = liveAccount(accountId);
    List<Attachment> list = new ArrayList<>(a.attachments());
    list.add(new Attachment(kind, text, clock.instant()));
    MirroredAccount written = a.withLocal(a.localFields(), list);
    store.write(MirrorWrite.account(written));
    return written;
  }

  /** Attaches a distributor record to a subscription. */
  public MirroredSubscription attachToSubscription(String subscriptionId, AttachmentKind kind, String text) {
    MirroredSubscription s = liveSubscription(subscriptionId);
    List<Attachment> list = new ArrayList<>(s.attachments());
    list.add(new Attachment(kind, text, clock.instant()));
    MirroredSubscription written = s.withLocal(s.localFields(), list);
    store.write(MirrorWrite.subscription(written));
    return written;
  }

  /**
   * The gate a distributor's system routes its subscription actions through: every sales operation on a mirrored
   * subscription is refused (the reseller owns it).
   *
   * @throws SalesOperationRefusedException always, for a mirrored subscription
   */
  public void requestOperation(String subscriptionId, SalesOperation operation) {
    liveSubscription(subscriptionId);
    throw new SalesOperationRefusedException(operation, subscriptionId);
  }

  private static void check(Map<String, String> changes, Set<String> locked, String id) {
    if (changes == null || changes.isEmpty()) {
      throw new ValidationException("changes", "must name at least one field");
    }
    for (String field : new TreeMap<>(changes).keySet()) {
      if (locked.contains(field)) {
        throw new LockedFieldException(field, id);
      }
      if (!LOCAL_FIELDS.contains(field)) {
        throw new ValidationException(field, "is not a distributor field (allowed: " + new java.util.TreeSet<>(
            LOCAL_FIELDS) + ")");
      }
    }
  }

  private MirroredAccount liveAccount(String id) {
    return store.account(id).filter(a -> !a.deleted())
        .orElseThrow(() -> new ValidationException("accountId", "no mirrored account " + id));
  }

  private MirroredSubscription liveSubscription(String id) {
    return store.subscription(id).filter(s -> !s.deleted())
        .orElseThrow(() -> new ValidationException("subscriptionId", "no mirrored subscription " + id));
  }
}
