package io.cspsdk.core.error;

/** A response (or input document) could not be read; {@link #path()} names where, e.g. {@code items[3].quantity}. */
public class ResponseParseException extends PartnerCenterClientException {
  private static final long serialVersionUID = 1L;
  private final String path;

  public ResponseParseException(String message, String path, Throwable cause) {
    super(message, cause);
    this.path = path;
  }

  /** The JSON path of the offending value ({@code $} for the document root). */
  public String path() {
    return path;
  }
}
