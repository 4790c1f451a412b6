package io.cspsdk.sync.users;

import java.security.SecureRandom;
import java.util.Locale;

/** The two password policies that ship. */
public final class PasswordPolicies {
  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
  private static final String DIGITS = "23456789";
  private static final String SYMBOLS = "!#$%*+-=?@_";
  private static final String ENTRA_SYMBOLS = "@#$%^&*-_!+=[]{}|\\:',.?/`~\"();<> ";
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordPolicies() {}

  /**
   * The product document's rule: at least 8 characters with upper case, lower case, a digit and a non-word
   * character, containing no part (3 characters or more) of the account name or of the full name. Rules:
   * {@code length}, {@code uppercase}, {@code lowercase}, {@code digit}, {@code symbol}, {@code account-name},
   * {@code full-name}.
   */
  public static PasswordPolicy productDefault() {
    return new Policy() {
      @Override
      public void check(String password, String upn, String fullName) {
        String p = password == null ? "" : password;
        require(p.length() >= 8, "length: at least 8 characters");
        require(p.chars().anyMatch(Character::isUpperCase), "uppercase: at least one upper-case letter");
        require(p.chars().anyMatch(Character::isLowerCase), "lowercase: at least one lower-case letter");
        require(p.chars().anyMatch(Character::isDigit), "digit: at least one digit");
        require(p.chars().anyMatch(c -> !Character.isLetterOrDigit(c) && c != '_'),
            "symbol: at least one non-word character");
        String local = upn == null ? "" : upn.contains("@") ? upn.substring(0, upn.indexOf('@')) : upn;
        require(!containsPart(p, local), "account-name: must not contain part of the account name");
        require(!containsPart(p, fullName), "full-name: must not contain part of the user's full name");
      }
    };
  }

  /**
   * Microsoft Entra ID's rule for cloud users: 8 to 256 characters of A–Z, a–z, 0–9, the listed symbols and blank
   * (no Unicode), with three of the four classes. Rules: {@code length}, {@code allowed-characters},
   * {@code character-classes}.
   */
  public static PasswordPolicy entraCloud() {
    return new Policy() {
      @Override
      public void check(String password, String upn, String fullName) {
        String p = password == null ? "" : password;
        require(p.length() >= 8 && p.length() <= 256, "length: 8 to 256 characters");
        require(p.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || ENTRA_SYMBOLS.indexOf(c) >= 0)),
            "allowed-characters: only A-Z, a-z, 0-9, blank and " + ENTRA_SYMBOLS.trim());
        int classes = (p.chars().anyMatch(c -> c >= 'a' && c <= 'z') ? 1 : 0)
            + (p.chars().anyMatch(c -> c >= 'A' && c <= 'Z') ? 1 : 0)
            + (p.chars().anyMatch(c -> c >= '0' && c <= '9') ? 1 : 0)
            + (p.chars().anyMatch(c -> ENTRA_SYMBOLS.indexOf(c) >= 0) ? 1 : 0);
        require(classes >= 3, "character-classes: three of lower case, upper case, digits and symbols");
      }
    };
  }

  /** Whether {@code password} contains a part of {@code name} (split at blanks and , . - _ #) of 3+ characters. */
  static boolean containsPart(String password, String name) {
    if (name == null || name.isBlank()) {
      return false;
    }
    String p = password.toLowerCase(Locale.ROOT);
    for (String part : name.toLowerCase(Locale.ROOT).split("[\\s,.\\-_#]+")) {
      if (part.length() >= 3 && p.contains(part)) {
        return true;
      }
    }
    return false;
  }

  private static void require(boolean ok, String rule) {
    if (!ok) {
      throw new PasswordPolicyException(rule);
    }
  }

  /** Generation shared by both policies: 16 characters with all four classes, re-drawn until the policy accepts. */
  private abstract static class Policy implements PasswordPolicy {
    @Override
    public Password generate(String upn, String fullName) {
      String all = UPPER + LOWER + DIGITS + SYMBOLS;
      for (int attempt = 0; ; attempt++) {
        char[] c = new char[16];
        c[0] = pick(UPPER);
        c[1] = pick(LOWER);
        c[2] = pick(DIGITS);
        c[3] = pick(SYMBOLS);
        for (int i = 4; i < c.length; i++) {
          c[i] = pick(all);
        }
        for (int i = c.length - 1; i > 0; i--) {
          int j = RANDOM.nextInt(i + 1);
          char t = c[i];
          c[i] = c[j];
          c[j] = t;
        }
        String candidate = new String(c);
        try {
          check(candidate, upn, fullName);
          return Password.of(candidate);
        } catch (PasswordPolicyException e) {
          if (attempt > 100) {
            throw e;
          }
        }
      }
    }

    private static char pick(String from) {
      return from.charAt(RANDOM.nextInt(from.length()));
    }
  }
}
