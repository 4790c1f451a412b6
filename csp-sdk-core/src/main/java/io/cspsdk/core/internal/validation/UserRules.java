package io.cspsdk.core.internal.validation;

import io.cspsdk.core.error.ValidationException;
import java.util.regex.Pattern;

/**
 * The input rules for customer users: user principal name, display name, usage location and Microsoft Entra ID's
 * cloud password policy. Each check throws a {@link ValidationException} naming the field and the rule.
 */
public final class UserRules {
  /** Microsoft Entra ID: at most 64 characters before the '@' and 113 in all (64 + '@' + 48). */
  public static final int UPN_LOCAL_MAX = 64;
  public static final int UPN_MAX = 113;
  public static final int DISPLAY_NAME_MAX = 256;
  public static final int PASSWORD_MIN = 8;
  public static final int PASSWORD_MAX = 256;
  /** The symbols Microsoft Entra ID allows in passwords (besides letters, digits and the blank space). */
  public static final String PASSWORD_SYMBOLS = "@#$%^&*-_!+=[]{}|\\:',.?/`~\"();<>";

  private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
  private static final Pattern UPN_LOCAL = Pattern.compile(ATOM + "(\\." + ATOM + ")*");
  private static final Pattern DOMAIN =
      Pattern.compile("([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

  private UserRules() {}

  /** An email-shaped user principal name: {@code local@domain.tld}, within Microsoft Entra ID's length limits. */
  public static void checkUserPrincipalName(String field, String upn) {
    if (upn == null || upn.isBlank()) {
      throw new ValidationException(field, "is required");
    }
    int at = upn.indexOf('@');
    if (at <= 0 || at != upn.lastIndexOf('@') || at == upn.length() - 1) {
      throw new ValidationException(field, "must be an email-shaped user principal name (name@domain)");
    }
    String local = upn.substring(0, at);
    String domain = upn.substring(at + 1);
    if (!UPN_LOCAL.matcher(local).matches() || !DOMAIN.matcher(domain).matches()) {
      throw new ValidationException(field, "must be an email-shaped user principal name (name@domain)");
    }
    if (local.length() > UPN_LOCAL_MAX || upn.length() > UPN_MAX) {
      throw new ValidationException(field, "must have at most " + UPN_LOCAL_MAX + " characters before '@' and "
          + UPN_MAX + " in all");
    }
  }

  public static void checkDisplayName(String field, String displayName) {
    if (displayName == null || displayName.isBlank()) {
      throw new ValidationException(field, "is required");
    }
    if (displayName.length() > DISPLAY_NAME_MAX) {
      throw new ValidationException(field, "must have at most " + DISPLAY_NAME_MAX + " characters");
    }
  }

  /** A two-letter ISO 3166 country code. */
  public static void checkUsageLocation(String field, String usageLocation) {
    if (usageLocation == null || !COUNTRY.matcher(usageLocation).matches()) {
      throw new ValidationException(field, "must be a two-letter country code");
    }
  }

  /**
   * Microsoft Entra ID's cloud password policy: 8 to 256 characters of A-Z, a-z, 0-9, the symbols
   * {@value #PASSWORD_SYMBOLS} and the blank space (no other Unicode characters), with at least three of the four
   * kinds lower case, upper case, digit and symbol. The rule text never repeats the password.
   */
  public static void checkPassword(String field, String password) {
    if (password == null || password.isEmpty()) {
      throw new ValidationException(field, "is required");
    }
    if (password.length() < PASSWORD_MIN || password.length() > PASSWORD_MAX) {
      throw new ValidationException(field, "must have " + PASSWORD_MIN + " to " + PASSWORD_MAX + " characters");
    }
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean symbol = false;
    for (int i = 0; i < password.length(); i++) {
      char c = password.charAt(i);
      if (c >= 'a' && c <= 'z') {
        lower = true;
      } else if (c >= 'A' && c <= 'Z') {
        upper = true;
      } else if (c >= '0' && c <= '9') {
        digit = true;
      } else if (PASSWORD_SYMBOLS.indexOf(c) >= 0) {
        symbol = true;
      } else if (c != ' ') {
        throw new ValidationException(field, "may contain only A-Z, a-z, 0-9, blank spaces and the symbols "
            + PASSWORD_SYMBOLS);
      }
    }
    int kinds = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    if (kinds < 3) {
      throw new ValidationException(field,
          "must contain three of the four: lower case letters, upper case letters, digits, symbols");
    }
  }

  public static ValidationException missing(IllegalStateException e) {
    String msg = String.valueOf(e.getMessage());
    int open = msg.indexOf('[');
    int close = msg.indexOf(']', open + 1);
    String field = open >= 0 && close > open ? msg.substring(open + 1, close).split(",")[0].trim() : "newUser";
    return new ValidationException(field, "is required");
  }
}
