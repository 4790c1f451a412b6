package io.cspsdk.testkit.internal.handlers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.testkit.internal.server.ApiError;
import io.cspsdk.testkit.internal.server.Request;
import io.cspsdk.testkit.internal.server.Response;
import io.cspsdk.testkit.internal.server.Router;
import io.cspsdk.testkit.internal.state.FakeState;
import io.cspsdk.testkit.internal.state.InvoiceRec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Invoices (offset paging), statements, billed and unbilled reconciliation line items (seek paging). */
public final class InvoiceHandlers {
  private final HandlerContext ctx;
  private final FakeState state;
  private final Function<String, List<ObjectNode>> unbilled;

  /** @param unbilled line items of the open billing period, by {@code period} (current or previous) */
  public InvoiceHandlers(HandlerContext ctx, Function<String, List<ObjectNode>> unbilled) {
    this.ctx = ctx;
    this.state = ctx.state();
    this.unbilled = unbilled;
  }

  public void register(Router r) {
    r.add("GET", "/invoices", q -> {
      List<ObjectNode> all = new ArrayList<>();
      state.invoices.values().forEach(i -> all.add(view(i)));
      java.util.Collections.reverse(all);
      return Response.ok(ctx.paging().offset(q, all, "/invoices", 200));
    });
    r.add("GET", "/invoices/unbilled/lineitems", this::unbilledItems);
    r.add("GET", "/invoices/unbilled/lineitems/{provider}/{type}", this::unbilledItems);
    r.add("GET", "/invoices/{id}", q -> Response.ok(view(invoice(q.var("id")))));
    r.add("GET", "/invoices/{id}/documents/statement", q -> {
      InvoiceRec i = invoice(q.var("id"));
      String pdf = "%PDF-1.4\n% csp-sdk-testkit statement " + i.id + "\n%%EOF\n";
      return Response.bytes(200, "application/pdf", pdf.getBytes(StandardCharsets.US_ASCII));
    });
    r.add("GET", "/invoices/{id}/lineitems", this::billedItems);
    r.add("GET", "/invoices/{id}/lineitems/{provider}/{type}", this::billedItems);
  }

  /** The invoice with its absolute statement link ({@code pdfDownloadLink}), as Partner Center sends it. */
  private ObjectNode view(InvoiceRec i) {
    ObjectNode n = i.json.deepCopy();
    n.put("pdfDownloadLink", ctx.baseUri().get() + "/v1/invoices/" + i.id + "/documents/statement");
    return n;
  }

  InvoiceRec invoice(String id) {
    InvoiceRec i = state.invoices.get(id.toUpperCase(Locale.ROOT));
    if (i == null) {
      throw ApiError.notFound(1000, "Invoice " + id + " was not found.");
    }
    return i;
  }

  private static String provider(Request q) {
    String p = q.var("provider") != null ? q.var("provider") : q.query("provider");
    if (p == null) {
      throw ApiError.invalidInput("The provider parameter is required.");
    }
    return p.toLowerCase(Locale.ROOT);
  }

  private Response billedItems(Request q) {
    InvoiceRec inv = invoice(q.var("id"));
    String provider = provider(q);
    String base = "/invoices/" + inv.id + "/lineitems";
    if (provider.equals("onetime")) {
      List<ObjectNode> items = currency(q, inv.lineItems);
      return Response.ok(ctx.paging().seek(q, items, "billed|" + inv.id,
          base + "/OneTime/BillingLineItems?currencycode=" + state.currency, 2000));
    }
    if (provider.equals("office") || provider.equals("azure")) {
      return Response.ok(ctx.paging().offset(q, List.of(), base + "?provider=" + provider
          + "&invoicelineitemtype=" + q.query("invoicelineitemtype"), 2000));
    }
    throw ApiError.invalidInput("Unknown provider " + provider + ".");
  }

  private Response unbilledItems(Request q) {
    String provider = provider(q);
    if (!provider.equals("onetime")) {
      throw ApiError.invalidInput("Unbilled line items are only available for provider=onetime.");
    }
    String cur = q.query("currencycode");
    if (cur == null) {
      throw ApiError.invalidInput("The currencycode parameter is required.");
    }
    String period = q.query("period") == null ? "current" : q.query("period").toLowerCase(Locale.ROOT);
    if (!period.equals("current") && !period.equals("previous")) {
      throw ApiError.invalidInput("period must be current or previous.");
    }
    List<ObjectNode> items = currency(q, unbilled.apply(period));
    return Response.ok(ctx.paging().seek(q, items, "unbilled|" + period + "|" + cur,
        "/invoices/unbilled/lineitems/OneTime/BillingLineItems?currencycode=" + cur + "&period=" + period, 2000));
  }

  private List<ObjectNode> currency(Request q, List<ObjectNode> items) {
    String cur = q.query("currencycode");
    if (cur == null) {
      return items;
    }
    return items.stream().filter(i -> cur.equalsIgnoreCase(i.path("currency").asText())).toList();
  }
}
