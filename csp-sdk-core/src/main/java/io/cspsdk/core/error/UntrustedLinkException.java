package io.cspsdk.core.error;

/**
 * An answer named a URL the client refuses to use: a next link, {@code Location} or manifest link outside the
 * configured origin of its API (credentials would go elsewhere), or an export blob over plain HTTP.
 * {@link #path()} names the field or header that carried the URL; the message names only the refused origin.
 */
public class UntrustedLinkException extends ResponseParseException {
  private static final long serialVersionUID = 1L;

  public UntrustedLinkException(String message, String path) {
    super(message, path, null);
  }
}
