package io.cspsdk.core.error;

import java.util.Optional;

/**
 * A response (or input document) could not be read; {@link #path()} names where, e.g. {@code items[3].quantity}.
 * When one record of a listing page could not be read, {@link #payloadExcerpt()} holds a bounded excerpt of that
 * record with secrets masked; the message never quotes the payload.
 */
public class ResponseParseException extends PartnerCenterClientException {
  private static final long serialVersionUID = 1L;
  /** The longest {@link #payloadExcerpt()}, in characters. */
  public static final int MAX_EXCERPT_CHARS = 2048;
  private final String path;
  private final String payloadExcerpt;

  public ResponseParseException(String message, String path, Throwable cause) {
    this(message, path, cause, null);
  }

  /**
   * A parse error with an excerpt of the unreadable payload.
   *
   * @param message what could not be read, without quoting the payload
   * @param path the JSON path of the offending value
   * @param cause the underlying error, or null
   * @param payloadExcerpt an excerpt of the unreadable record with secrets already masked, at most
   *     {@link #MAX_EXCERPT_CHARS} characters (longer text is cut), or null when there is none
   */
  public ResponseParseException(String message, String path, Throwable cause, String payloadExcerpt) {
    super(message, cause);
    this.path = path;
    this.payloadExcerpt = payloadExcerpt == null || payloadExcerpt.length() <= MAX_EXCERPT_CHARS ? payloadExcerpt
        : payloadExcerpt.substring(0, MAX_EXCERPT_CHARS);
  }

  /** The JSON path of the offending value ({@code $} for the document root). */
  public String path() {
    return path;
  }

  /**
   * The unreadable record as JSON text, secrets (passwords, tokens, keys, credentials, SAS signatures) masked as
   * {@code ****}, cut at {@link #MAX_EXCERPT_CHARS} characters; empty when the error is not about one record.
   */
  public Optional<String> payloadExcerpt() {
    return Optional.ofNullable(payloadExcerpt);
  }
}
