package io.cspsdk.core.internal.validation;

import io.cspsdk.core.error.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks of a customer's initial domain: the prefix (first label) is 1 to 27 letters or digits; a bare prefix means
 * {@code <prefix>.onmicrosoft.com}.
 */
public final class DomainNames {
  /** The public cloud's suffix of initial domains. */
  public static final String ON_MICROSOFT = "onmicrosoft.com";
  private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9]{1,27}");
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

  private DomainNames() {}

  /** The full initial domain (lower case) for a prefix or a full domain; {@link ValidationException} otherwise. */
  public static String initialDomain(String field, String domain) {
    String d = Inputs.nonBlank(field, domain).trim().toLowerCase(Locale.ROOT);
    if (d.endsWith(".")) {
      d = d.substring(0, d.length() - 1);
    }
    String[] labels = d.split("\\.", -1);
    if (!PREFIX.matcher(labels[0]).matches()) {
      throw new ValidationException(field,
          "domain prefix must be 1 to 27 letters or digits, was '" + labels[0] + "'");
    }
    if (labels.length == 1) {
      return d + "." + ON_MICROSOFT;
    }
    for (int i = 1; i < labels.length; i++) {
      if (!LABEL.matcher(labels[i]).matches()) {
        throw new ValidationException(field, "not a valid domain name: '" + domain + "'");
      }
    }
    return d;
  }
}
