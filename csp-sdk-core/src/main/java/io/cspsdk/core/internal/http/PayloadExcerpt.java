package io.cspsdk.core.internal.http;

import io.cspsdk.core.error.ResponseParseException;

/**
 * A bounded, redacted excerpt of an unreadable payload: secret JSON members masked by the logging redactor, SAS
 * signatures ({@code sig=} query parameters) masked, cut at {@link ResponseParseException#MAX_EXCERPT_CHARS}.
 * Linear in the text's length (the whole record is masked before it is cut, so a long secret cannot push the rest
 * of the record out of the excerpt unmasked).
 */
final class PayloadExcerpt {
  private static final String SIG = "sig=";

  private PayloadExcerpt() {}

  static String of(String text) {
    int max = ResponseParseException.MAX_EXCERPT_CHARS;
    String masked = maskSasSignatures(LoggingStage.maskSecrets(text));
    return masked.length() > max ? masked.substring(0, max - 3) + "..." : masked;
  }

  /** Replaces the value of every {@code sig=} query parameter (after {@code ?} or {@code &}) with {@code ****}. */
  static String maskSasSignatures(String t) {
    StringBuilder out = new StringBuilder(t.length());
    int i = 0;
    int n = t.length();
    while (i < n) {
      char c = t.charAt(i);
      out.append(c);
      i++;
      if ((c == '?' || c == '&') && t.regionMatches(true, i, SIG, 0, SIG.length())) {
        out.append(t, i, i + SIG.length()).append("****");
        i += SIG.length();
        while (i < n && !isValueEnd(t.charAt(i))) {
          i++;
        }
      }
    }
    return out.toString();
  }

  private static boolean isValueEnd(char c) {
    return c == '&' || c == '"' || c == '#' || c == '\\' || Character.isWhitespace(c);
  }
}
