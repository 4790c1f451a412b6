package io.cspsdk.testkit.internal.paging;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.testkit.internal.server.ApiError;
import io.cspsdk.testkit.internal.server.Request;
import io.cspsdk.testkit.internal.state.Jsons;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Partner Center's collection envelopes: plain, seek-paged ({@code continuationToken} + {@code links.next} with an
 * {@code MS-ContinuationToken} header; pages capped at the fake's small maximum so that clients must follow them)
 * and offset-paged ({@code size} + {@code offset}; the requested size is honoured up to the endpoint's maximum).
 */
public final class Paging {
  private final java.util.function.IntSupplier maxPageSizeSource;

  public Paging(java.util.function.IntSupplier maxPageSize) {
    this.maxPageSizeSource = maxPageSize;
  }

  /** A collection without paging. */
  public static ObjectNode collection(List<ObjectNode> items, String objectType) {
    ObjectNode env = Jsons.object();
    env.put("totalCount", items.size());
    ArrayNode arr = env.putArray("items");
    items.forEach(arr::add);
    env.putObject("links");
    env.putObject("attributes").put("objectType", objectType);
    return env;
  }

  /** Whether this request continues a seek-paged listing (any of the spellings real clients send). */
  public static boolean isSeekNext(Request r) {
    String op = r.query("seekOperation");
    if (op == null) {
      op = r.query("seek_operation");
    }
    return op != null && op.equalsIgnoreCase("next");
  }

  /**
   * One page of a seek-paged listing. The first request starts at 0; a continuation request must carry the
   * {@code MS-ContinuationToken} header issued with the previous page (it names the listing and the offset).
   *
   * @param scope    identifies the listing (e.g. customer id + filter) so that tokens cannot cross listings
   * @param nextPath the path (with query, without {@code seekOperation}) the next link repeats
   */
  public ObjectNode seek(Request r, List<ObjectNode> all, String scope, String nextPath, int requestedMax) {
    return seek(r, all, java.util.function.Function.identity(), scope, nextPath, requestedMax);
  }

  /** As above, rendering only the items of the page served. */
  public <T> ObjectNode seek(Request r, List<T> all, java.util.function.Function<T, ObjectNode> render,
                             String scope, String nextPath, int requestedMax) {
    int maxPageSize = maxPageSizeSource.getAsInt();
    int size = pageSize(r, requestedMax);
    int offset = 0;
    if (isSeekNext(r)) {
      String token = r.header("MS-ContinuationToken");
      if (token == null || token.isBlank()) {
        throw ApiError.invalidInput("MS-ContinuationToken header is required when seekOperation=Next.");
      }
      offset = decode(token, scope);
      size = r.query("size") == null ? maxPageSize : size;
    }
    int end = Math.min(all.size(), offset + size);
    ObjectNode env = Jsons.object();
    env.put("totalCount", end - offset);
    ArrayNode arr = env.putArray("items");
    for (int i = offset; i < end; i++) {
      arr.add(render.apply(all.get(i)));
    }
    ObjectNode links = env.putObject("links");
    if (end < all.size()) {
      String token = encode(scope, end);
      env.put("continuationToken", token);
      String sep = nextPath.contains("?") ? "&" : "?";
      ObjectNode next = Jsons.link(nextPath + sep + "size=" + size + "&seekOperation=Next");
      ObjectNode h = ((ArrayNode) next.get("headers")).addObject();
      h.put("key", "MS-ContinuationToken");
      h.put("value", token);
      links.set("next", next);
    }
    env.putObject("attributes").put("objectType", "Collection");
    return env;
  }

  /** One page of an offset-paged listing; {@code links.next} repeats {@code path} with the next offset. */
  public ObjectNode offset(Request r, List<ObjectNode> all, String path, int requestedMax) {
    // offset-paged endpoints honour the requested size (up to the endpoint's maximum), as Partner Center does
    // size <= 0 means the default page, as in Microsoft's own examples (?size=0&filter=...)
    int asked = r.intQuery("size", requestedMax);
    int size = Math.min(asked <= 0 ? requestedMax : asked, requestedMax);
    int offset = Math.max(0, r.intQuery("offset", 0));
    int end = Math.min(all.size(), offset + size);
    ObjectNode env = Jsons.object();
    env.put("totalCount", all.size());
    ArrayNode arr = env.putArray("items");
    for (int i = offset; i < end; i++) {
      arr.add(all.get(i));
    }
    ObjectNode links = env.putObject("links");
    if (end < all.size()) {
      String sep = path.contains("?") ? "&" : "?";
      links.set("next", Jsons.link(path + sep + "size=" + size + "&offset=" + end));
    }
    env.putObject("attributes").put("objectType", "Collection");
    return env;
  }

  private int pageSize(Request r, int requestedMax) {
    int maxPageSize = maxPageSizeSource.getAsInt();
    int asked = r.intQuery("size", maxPageSize);
    int size = asked <= 0 ? maxPageSize : asked;
    return Math.min(Math.min(size, requestedMax), maxPageSize);
  }

  static String encode(String scope, int offset) {
    String raw = scope + "|" + offset;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static int decode(String token, String scope) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
      int bar = raw.lastIndexOf('|');
      if (bar < 0 || !raw.substring(0, bar).equals(scope)) {
        throw ApiError.invalidInput("The continuation token does not belong to this listing.");
      }
      return Integer.parseInt(raw.substring(bar + 1));
    } catch (IllegalArgumentException e) {
      throw ApiError.invalidInput("The continuation token is not valid.");
    }
  }
}
