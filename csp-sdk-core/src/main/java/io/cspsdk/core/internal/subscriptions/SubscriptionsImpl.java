package io.cspsdk.core.internal.subscriptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.Poller;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.Response;
import io.cspsdk.core.error.PreconditionFailedException;
import io.cspsdk.core.error.ResponseParseException;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.internal.http.ApiCaller;
import io.cspsdk.core.internal.http.ApiRequest;
import io.cspsdk.core.internal.json.Json;
import io.cspsdk.core.internal.json.MissingRequiredFieldException;
import io.cspsdk.core.internal.validation.Inputs;
import io.cspsdk.core.model.NextTermProduct;
import io.cspsdk.core.model.ScheduledNextTermInstructions;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.model.SubscriptionStatus;
import io.cspsdk.core.model.Transition;
import io.cspsdk.core.model.TransitionEligibility;
import io.cspsdk.core.subscriptions.EligibilityType;
import io.cspsdk.core.subscriptions.Subscriptions;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@link Subscriptions} of one customer over the {@link ApiCaller}. Updates read the subscription as raw JSON,
 * change one field and PATCH the whole document back (fields this SDK does not model are sent back untouched).
 */
public final class SubscriptionsImpl implements Subscriptions {
  private final ApiCaller caller;
  private final String base;
  private final Duration defaultTimeout;

  /** {@code defaultTimeout} bounds the wait for an update answered with 202 when the call sets no timeout. */
  public SubscriptionsImpl(ApiCaller caller, String customerId, Duration defaultTimeout) {
    this.caller = Objects.requireNonNull(caller, "caller");
    this.defaultTimeout = Objects.requireNonNull(defaultTimeout, "defaultTimeout");
    this.base = "/customers/" + ApiRequest.segment(Inputs.nonBlank("customerId", customerId)) + "/subscriptions";
  }

  private String path(String subscriptionId) {
    return base + "/" + ApiRequest.segment(Inputs.nonBlank("subscriptionId", subscriptionId));
  }

  private static RequestOptions orNone(RequestOptions options) {
    return options == null ? RequestOptions.none() : options;
  }

  @Override
  public PagedIterable<Subscription> list(RequestOptions options) {
    return caller.list(ApiRequest.get(base).options(options).build(), Subscription.class);
  }

  @Override
  public PagedIterable<Subscription> listByOrder(String orderId, RequestOptions options) {
    return caller.list(ApiRequest.get(base).query("order_id", Inputs.nonBlank("orderId", orderId))
        .options(options).build(), Subscription.class);
  }

  @Override
  public Subscription get(String subscriptionId, RequestOptions options) {
    return caller.call(ApiRequest.get(path(subscriptionId)).options(options).build(), Subscription.class);
  }

  @Override
  public PagedIterable<Subscription> addOns(String subscriptionId, RequestOptions options) {
    return caller.list(ApiRequest.get(path(subscriptionId) + "/addons").options(options).build(), Subscription.class);
  }

  @Override
  public Subscription changeQuantity(String subscriptionId, int quantity, RequestOptions options) {
    return changeQuantityWithResponse(subscriptionId, quantity, options).value();
  }

  @Override
  public Response<Subscription> changeQuantityWithResponse(String subscriptionId, int quantity,
      RequestOptions options) {
    String path = path(subscriptionId);
    Inputs.atLeast("quantity", quantity, 1);
    return update(path, options, s -> s.put("quantity", quantity));
  }

  @Override
  public Subscription suspend(String subscriptionId, RequestOptions options) {
    return suspendWithResponse(subscriptionId, options).value();
  }

  @Override
  public Response<Subscription> suspendWithResponse(String subscriptionId, RequestOptions options) {
    return setStatus(subscriptionId, SubscriptionStatus.SUSPENDED, options);
  }

  @Override
  public Subscription reactivate(String subscriptionId, RequestOptions options) {
    return reactivateWithResponse(subscriptionId, options).value();
  }

  @Override
  public Response<Subscription> reactivateWithResponse(String subscriptionId, RequestOptions options) {
    return setStatus(subscriptionId, SubscriptionStatus.ACTIVE, options);
  }

  @Override
  public Subscription cancel(String subscriptionId, RequestOptions options) {
    return cancelWithResponse(subscriptionId, options).value();
  }

  @Override
  public Response<Subscription> cancelWithResponse(String subscriptionId, RequestOptions options) {
    return setStatus(subscriptionId, SubscriptionStatus.DELETED, options);
  }

  private Response<Subscription> setStatus(String subscriptionId, SubscriptionStatus status,
      RequestOptions options) {
    return update(path(subscriptionId), options, s -> s.put("status", status.value()));
  }

  @Override
  public Subscription setAutoRenew(String subscriptionId, boolean autoRenew, RequestOptions options) {
    return setAutoRenewWithResponse(subscriptionId, autoRenew, options).value();
  }

  @Override
  public Response<Subscription> setAutoRenewWithResponse(String subscriptionId, boolean autoRenew,
      RequestOptions options) {
    return update(path(subscriptionId), options, s -> s.put("autoRenewEnabled", autoRenew));
  }

  @Override
  public Subscription setFriendlyName(String subscriptionId, String friendlyName, RequestOptions options) {
    return setFriendlyNameWithResponse(subscriptionId, friendlyName, options).value();
  }

  @Override
  public Response<Subscription> setFriendlyNameWithResponse(String subscriptionId, String friendlyName,
      RequestOptions options) {
    String path = path(subscriptionId);
    Inputs.nonBlank("friendlyName", friendlyName);
    return update(path, options, s -> s.put("friendlyName", friendlyName));
  }

  @Override
  public Subscription scheduleNextTerm(String subscriptionId, ScheduledNextTermInstructions instructions,
      RequestOptions options) {
    return scheduleNextTermWithResponse(subscriptionId, instructions, options).value();
  }

  @Override
  public Response<Subscription> scheduleNextTermWithResponse(String subscriptionId,
      ScheduledNextTermInstructions instructions, RequestOptions options) {
    String path = path(subscriptionId);
    Inputs.present("instructions", instructions);
    NextTermProduct product = instructions.product()
        .orElseThrow(() -> new ValidationException("instructions.product", "is required"));
    Inputs.nonBlank("instructions.product.productId", product.productId());
    Inputs.nonBlank("instructions.product.skuId", product.skuId());
    Inputs.nonBlank("instructions.product.availabilityId", product.availabilityId());
    int quantity = instructions.quantity()
        .orElseThrow(() -> new ValidationException("instructions.quantity", "is required"));
    Inputs.atLeast("instructions.quantity", quantity, 1);
    JsonNode value = Json.mapper().valueToTree(instructions);
    return update(path, options, s -> {
      if (!s.path("autoRenewEnabled").asBoolean(false)) {
        throw new ValidationException("autoRenewEnabled",
            "must be true to schedule next-term changes (turn auto-renew on first)");
      }
      s.set("scheduledNextTermInstructions", value);
    });
  }

  @Override
  public Subscription clearScheduledNextTerm(String subscriptionId, RequestOptions options) {
    return clearScheduledNextTermWithResponse(subscriptionId, options).value();
  }

  @Override
  public Response<Subscription> clearScheduledNextTermWithResponse(String subscriptionId, RequestOptions options) {
    return update(path(subscriptionId), options, s -> s.putNull("scheduledNextTermInstructions"));
  }

  /**
   * GET the subscription, apply {@code change}, PATCH it back with If-Match, wait for a 202 to finish. When a
   * retried PATCH meets 412, an earlier attempt may have been applied with its answer lost (the ETag moved on):
   * the subscription is read back and the update reported as done if it already holds the requested values. The
   * metadata is the PATCH's first answer (or, in that 412 case, the 412 with the PATCH's ids).
   */
  private Response<Subscription> update(String path, RequestOptions options, Consumer<ObjectNode> change) {
    RequestOptions opts = orNone(options);
    ObjectNode subscription = readObject(path, opts);
    ObjectNode before = subscription.deepCopy();
    change.accept(subscription);
    String etag = opts.ifMatch().orElseGet(() -> {
      JsonNode e = subscription.path("attributes").path("etag");
      return e.isTextual() && !e.asText().isBlank() ? e.asText() : null;
    });
    ApiRequest.Builder patch = ApiRequest.patch(path, subscription).options(opts);
    if (etag != null) {
      patch.header("If-Match", etag);
    }
    Response<Poller<Subscription>> accepted;
    try {
      accepted = caller.longRunningWithResponse(patch.build(), Subscription.class);
    } catch (PreconditionFailedException e) {
      if (e.attempts() <= 1) {
        throw e;
      }
      ObjectNode now = readObject(path, opts);
      if (!holdsChanges(now, before, subscription)) {
        throw e;
      }
      return new Response<>(toSubscription(now, path), 412, Map.of(), e.requestId().orElse(null),
          e.correlationId().orElse(null));
    }
    Subscription result = accepted.value().waitForCompletion(opts.timeout().orElse(defaultTimeout));
    // an operation that finished without a body: the subscription as it is now is the result
    Subscription value = result != null ? result : toSubscription(readObject(path, opts), path);
    return new Response<>(value, accepted.statusCode(), accepted.headers(), accepted.requestId(),
        accepted.correlationId());
  }

  private ObjectNode readObject(String path, RequestOptions opts) {
    JsonNode read = caller.call(ApiRequest.get(path).options(readOptions(opts)).build(), JsonNode.class);
    if (!(read instanceof ObjectNode)) {
      throw new ResponseParseException("subscription: expected a JSON object from GET " + path, "$", null);
    }
    return (ObjectNode) read;
  }

  private static Subscription toSubscription(ObjectNode node, String path) {
    try {
      return Json.mapper().treeToValue(node, Subscription.class);
    } catch (MissingRequiredFieldException e) {
      throw new ResponseParseException("subscription: could not read the answer of GET " + path + " at "
          + e.jsonPath() + ": a required field is missing or null", e.jsonPath(), null);
    } catch (IOException | IllegalArgumentException e) {
      throw new ResponseParseException("subscription: could not read the answer of GET " + path + " ("
          + e.getClass().getSimpleName() + ")", "$", null);
    }
  }

  /** Whether {@code now} holds every top-level value the update changed from {@code before} to {@code wanted}. */
  static boolean holdsChanges(ObjectNode now, ObjectNode before, ObjectNode wanted) {
    boolean any = false;
    for (java.util.Iterator<String> names = wanted.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (sameValue(before.get(name), wanted.get(name))) {
        continue;
      }
      any = true;
      if (!sameValue(now.get(name), wanted.get(name))) {
        return false;
      }
    }
    return any;
  }

  private static boolean sameValue(JsonNode a, JsonNode b) {
    boolean aNull = a == null || a.isNull();
    boolean bNull = b == null || b.isNull();
    if (aNull || bNull) {
      return aNull == bNull;
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isTextual() && b.isTextual()) {
      return a.asText().equalsIgnoreCase(b.asText());
    }
    return a.equals(b);
  }

  /** The options of the read before an update: same correlation, timeout and headers, its own request id. */
  private static RequestOptions readOptions(RequestOptions o) {
    RequestOptions.Builder b = RequestOptions.builder();
    o.correlationId().ifPresent(b::correlationId);
    o.timeout().ifPresent(b::timeout);
    o.headers().forEach(b::header);
    return b.build();
  }

  @Override
  public PagedIterable<TransitionEligibility> transitionEligibilities(String subscriptionId, EligibilityType type,
      RequestOptions options) {
    String path = path(subscriptionId) + "/transitionEligibilities";
    Inputs.present("eligibilityType", type);
    return caller.list(ApiRequest.get(path).query("eligibilityType", type.wireName()).options(options).build(),
        TransitionEligibility.class);
  }

  @Override
  public Transition transition(String subscriptionId, Transition transition, RequestOptions options) {
    return transitionWithResponse(subscriptionId, transition, options).value();
  }

  @Override
  public Response<Transition> transitionWithResponse(String subscriptionId, Transition transition,
      RequestOptions options) {
    String path = path(subscriptionId) + "/transitions";
    Inputs.present("transition", transition);
    Inputs.nonBlank("transition.toCatalogItemId", transition.toCatalogItemId());
    int quantity = transition.quantity()
        .orElseThrow(() -> new ValidationException("transition.quantity", "is required"));
    Inputs.atLeast("transition.quantity", quantity, 1);
    return caller.callWithResponse(ApiRequest.post(path, transition).options(options).build(), Transition.class);
  }

  @Override
  public PagedIterable<Transition> transitions(String subscriptionId, String operationId, RequestOptions options) {
    String path = path(subscriptionId) + "/transitions";
    if (operationId != null) {
      Inputs.nonBlank("operationId", operationId);
    }
    return caller.list(ApiRequest.get(path).query("operationId", operationId).options(options).build(),
        Transition.class);
  }
}
