package io.cspsdk.sync.discovery.internal;

import io.cspsdk.core.Page;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.model.Customer;
import io.cspsdk.core.model.License;
import io.cspsdk.core.model.Order;
import io.cspsdk.core.model.SubscribedSku;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.model.User;
import io.cspsdk.sync.discovery.ItemKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one customer's items, page by page, in delivery order: the customer first, then what belongs to it. A record
 * that cannot be read is reported (with its redacted payload excerpt) and the rest of its page is imported.
 */
final class CustomerReader {
  /** Both licence groups: Partner Center's licence listings return group 1 (Entra ID SKUs) only by default. */
  private static final List<String> LICENCE_GROUPS = List.of("Group1", "Group2");
  private final RunContext ctx;

  CustomerReader(RunContext ctx) {
    this.ctx = ctx;
  }

  void read(Customer customer, PartitionWriter out) {
    String id = customer.id();
    Optional<String> cid = Optional.of(id);
    out.deliver(List.of(new Found(ItemKind.CUSTOMER, id, cid, Optional.empty(), customer)));
    if (ctx.scope.includes(ItemKind.SUBSCRIPTION)) {
      for (Page<Subscription> page : ctx.client.subscriptions(id).list().skippingUnreadableItems().byPage()) {
        out.call();
        out.unreadable(ItemKind.SUBSCRIPTION, id + "/subscriptions", page.unreadableItems());
        out.deliver(page.items().stream().map(s -> new Found(ItemKind.SUBSCRIPTION, s.id(), cid,
            s.parentSubscriptionId(), s)).toList());
      }
    }
    if (ctx.scope.includes(ItemKind.USER)) {
      for (Page<User> page : ctx.client.users(id).list().skippingUnreadableItems().byPage()) {
        out.call();
        out.unreadable(ItemKind.USER, id + "/users", page.unreadableItems());
        List<Found> batch = new ArrayList<>();
        for (User u : page.items()) {
          String userId = u.id();
          batch.add(new Found(ItemKind.USER, userId, cid, Optional.empty(), u));
          if (ctx.scope.includes(ItemKind.LICENSE)) {
            for (Page<License> licences : ctx.client.licenses(id)
                .userLicenses(userId, LICENCE_GROUPS, RequestOptions.none()).skippingUnreadableItems().byPage()) {
              out.call();
              out.unreadable(ItemKind.LICENSE, id + "/users/" + userId + "/licenses", licences.unreadableItems());
              for (License l : licences.items()) {
                String sku = l.productSku().flatMap(p -> p.id()).orElse("unknown");
                batch.add(new Found(ItemKind.LICENSE, userId + "/" + sku, cid, Optional.of(userId), l));
              }
            }
          }
        }
        out.deliver(batch);
      }
    }
    if (ctx.scope.includes(ItemKind.SUBSCRIBED_SKU)) {
      List<Found> skus = new ArrayList<>();
      for (Page<SubscribedSku> page : ctx.client.licenses(id).subscribedSkus(LICENCE_GROUPS, RequestOptions.none())
          .skippingUnreadableItems().byPage()) {
        out.call();
        out.unreadable(ItemKind.SUBSCRIBED_SKU, id + "/subscribedskus", page.unreadableItems());
        for (SubscribedSku s : page.items()) {
          String sku = s.productSku().flatMap(p -> p.id()).orElse("unknown");
          skus.add(new Found(ItemKind.SUBSCRIBED_SKU, id + "/" + sku, cid, Optional.empty(), s));
        }
      }
      out.deliver(skus);
    }
    if (ctx.scope.includes(ItemKind.ORDER)) {
      for (Page<Order> page : ctx.client.orders(id).list().skippingUnreadableItems().byPage()) {
        out.call();
        out.unreadable(ItemKind.ORDER, id + "/orders", page.unreadableItems());
        out.deliver(page.items().stream()
            .map(o -> new Found(ItemKind.ORDER, o.id(), cid, Optional.empty(), o)).toList());
      }
    }
  }
}
