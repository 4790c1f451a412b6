package io.cspsdk.testkit.internal.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.testkit.internal.server.ApiError;
import io.cspsdk.testkit.internal.server.Request;
import io.cspsdk.testkit.internal.server.Response;
import io.cspsdk.testkit.internal.server.Router;
import io.cspsdk.testkit.internal.state.ExportOperation;
import io.cspsdk.testkit.internal.state.FakeState;
import io.cspsdk.testkit.internal.state.InvoiceRec;
import io.cspsdk.testkit.internal.state.Jsons;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

/**
 * Microsoft Graph's asynchronous reconciliation exports (v2): POST → 202 + Location of an operation; the operation
 * runs for a few polls (with Retry-After), then links a manifest of gzipped JSON-lines blobs served by the fake.
 */
public final class ExportHandlers {
  private static final String GRAPH = "/v1.0/reports/partners/billing";
  private final HandlerContext ctx;
  private final FakeState state;
  private final Function<String, List<ObjectNode>> unbilled;

  public ExportHandlers(HandlerContext ctx, Function<String, List<ObjectNode>> unbilled) {
    this.ctx = ctx;
    this.state = ctx.state();
    this.unbilled = unbilled;
  }

  public void register(Router r) {
    for (String prefix : List.of(GRAPH, "/reports/partners/billing")) {
      r.add("POST", prefix + "/reconciliation/billed/export", this::billed);
      r.add("POST", prefix + "/reconciliation/unbilled/export", this::unbilledExport);
      r.add("GET", prefix + "/operations/{op}", this::operation);
    }
    r.add("GET", "/_blobs/{op}/{name}", this::blob);
  }

  private Response billed(Request q) {
    JsonNode b = q.json();
    String invoiceId = Jsons.text(b, "invoiceId");
    if (invoiceId == null) {
      throw ApiError.invalidInput("invoiceId is required.");
    }
    InvoiceRec inv = state.invoices.get(invoiceId.toUpperCase(Locale.ROOT));
    if (inv == null) {
      throw ApiError.notFound(1000, "Invoice " + invoiceId + " was not found.");
    }
    return start(inv.lineItems, attributeSet(b));
  }

  private Response unbilledExport(Request q) {
    JsonNode b = q.json();
    String period = Jsons.text(b, "billingPeriod");
    String cur = Jsons.text(b, "currencyCode");
    if (period == null || cur == null) {
      throw ApiError.invalidInput("billingPeriod and currencyCode are required.");
    }
    String p = period.equalsIgnoreCase("last") ? "previous" : period.toLowerCase(Locale.ROOT);
    if (!p.equals("current") && !p.equals("previous")) {
      throw ApiError.invalidInput("billingPeriod must be current or last.");
    }
    List<ObjectNode> items = unbilled.apply(p).stream()
        .filter(i -> cur.equalsIgnoreCase(i.path("currency").asText())).toList();
    return start(items, attributeSet(b));
  }

  private static String attributeSet(JsonNode b) {
    String a = Jsons.text(b, "attributeSet");
    return a == null ? "full" : a.toLowerCase(Locale.ROOT);
  }

  private Response start(List<ObjectNode> items, String attributeSet) {
    ExportOperation op = new ExportOperation(state.ids.guid(), state.now(), ctx.settings().exportPollsUntilDone);
    op.sasToken = "sv=2023-11-03&sr=c&sig=" + state.ids.token();
    int per = Math.max(1, ctx.settings().linesPerBlob);
    int part = 0;
    for (int i = 0; i < items.size() || part == 0; i += per) {
      List<ObjectNode> slice = items.subList(Math.min(i, items.size()), Math.min(items.size(), i + per));
      op.blobs.put("part-" + String.format("%05d", part++) + ".json.gz", gzipLines(slice, attributeSet));
      if (items.isEmpty()) {
        break;
      }
    }
    state.exports.put(op.id, op);
    return Response.empty(202)
        .header("Location", ctx.baseUri().get() + GRAPH + "/operations/" + op.id)
        .header("Retry-After", Long.toString(ctx.settings().exportRetryAfter.toSeconds()));
  }

  private Response operation(Request q) {
    ExportOperation op = state.exports.get(q.var("op"));
    if (op == null) {
      throw ApiError.notFound(1000, "Operation " + q.var("op") + " was not found.");
    }
    ObjectNode n = Jsons.object();
    n.put("id", op.id);
    n.put("createdDateTime", Jsons.time(op.createdAt));
    if (op.pollsUntilDone > 0) {
      op.pollsUntilDone--;
      n.put("status", "running");
      n.put("lastActionDateTime", Jsons.time(state.now()));
      return Response.ok(n).header("Retry-After", Long.toString(ctx.settings().exportRetryAfter.toSeconds()));
    }
    op.status = "succeeded";
    n.put("status", "succeeded");
    n.put("lastActionDateTime", Jsons.time(state.now()));
    ObjectNode m = n.putObject("resourceLocation");
    m.put("id", op.id);
    m.put("createdDateTime", Jsons.time(op.createdAt));
    m.put("schemaVersion", "2");
    m.put("dataFormat", "compressedJSONLines");
    m.put("partnerTenantId", state.partnerId);
    m.put("rootDirectory", ctx.baseUri().get() + "/_blobs/" + op.id);
    m.put("sasToken", op.sasToken);
    m.put("partitionType", "default");
    m.put("blobCount", op.blobs.size());
    ArrayNode blobs = m.putArray("blobs");
    for (Map.Entry<String, byte[]> e : op.blobs.entrySet()) {
      ObjectNode bl = blobs.addObject();
      bl.put("name", e.getKey());
      bl.put("partitionValue", "default");
      bl.put("byteCount", e.getValue().length);
    }
    return Response.ok(n);
  }

  private Response blob(Request q) {
    ExportOperation op = state.exports.get(q.var("op"));
    byte[] data = op == null ? null : op.blobs.get(q.var("name"));
    if (data == null) {
      return Response.bytes(404, "application/xml", "<Error><Code>BlobNotFound</Code></Error>"
          .getBytes(StandardCharsets.UTF_8));
    }
    String sig = q.query("sig");
    if (sig == null || !op.sasToken.endsWith("sig=" + sig)) {
      return Response.bytes(403, "application/xml",
          "<Error><Code>AuthenticationFailed</Code></Error>".getBytes(StandardCharsets.UTF_8));
    }
    return Response.bytes(200, "application/octet-stream", data);
  }

  /** v2 lines carry numbers as JSON numbers (v1 sends strings). "basic" keeps a subset of attributes. */
  private static byte[] gzipLines(List<ObjectNode> items, String attributeSet) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      for (ObjectNode item : items) {
        ObjectNode line = item.deepCopy();
        line.remove("attributes");
        List<String> numeric = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = line.fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          if (NUMERIC.contains(e.getKey())) {
            numeric.add(e.getKey());
          }
        }
        for (String f : numeric) {
          line.put(f, new BigDecimal(line.get(f).asText()));
        }
        if (attributeSet.equals("basic")) {
          line.retain(BASIC);
        }
        gz.write(line.toString().getBytes(StandardCharsets.UTF_8));
        gz.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static final List<String> NUMERIC = List.of("unitPrice", "effectiveUnitPrice", "quantity",
      "billableQuantity", "subtotal", "taxTotal", "totalForCustomer", "pcToBCExchangeRate");
  private static final List<String> BASIC = List.of("partnerId", "customerId", "customerName", "invoiceNumber",
      "productId", "skuId", "availabilityId", "productName", "skuName", "chargeType", "unitPrice", "quantity",
      "subtotal", "taxTotal", "totalForCustomer", "currency", "subscriptionId", "chargeStartDate", "chargeEndDate");
}
