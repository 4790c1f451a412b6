package io.cspsdk.samples.month;

import io.cspsdk.core.error.ValidationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the sample runs against, decided from environment variables and arguments alone (no network): the embedded
 * fake Partner Center when no credentials are given, the real Partner Center when {@value #TENANT_ID},
 * {@value #CLIENT_ID} and {@value #CLIENT_SECRET} are all set. Against the real one it only reads, unless
 * {@value #ALLOW_WRITES}{@code =true} or {@code --allow-writes} is given.
 *
 * @param target fake or real Partner Center
 * @param credentials the app registration, for the real Partner Center
 * @param writesAllowed whether the write steps run (always on the fake)
 * @param outputDir where the CSV and HTML reports are written
 */
public record SampleSettings(Target target, Optional<Credentials> credentials, boolean writesAllowed, Path outputDir) {
  /** Partner tenant id (GUID or domain). */
  public static final String TENANT_ID = "CSPSDK_TENANT_ID";
  /** Application (client) id of the app registration. */
  public static final String CLIENT_ID = "CSPSDK_CLIENT_ID";
  /** Client secret of the app registration. */
  public static final String CLIENT_SECRET = "CSPSDK_CLIENT_SECRET";
  /** Optional refresh token of the app+user consent; without it users and licences are skipped. */
  public static final String REFRESH_TOKEN = "CSPSDK_REFRESH_TOKEN";
  /** {@code true} lets the sample change things in the real Partner Center. */
  public static final String ALLOW_WRITES = "CSPSDK_ALLOW_WRITES";
  /** Directory for the reports (default {@code month-in-the-life}, or the {@code cspsdk.sample.output} property). */
  public static final String OUTPUT_DIR = "CSPSDK_SAMPLE_OUTPUT";

  /** Where the sample runs. */
  public enum Target {
    /** The embedded fake Partner Center, with a seeded partner and a clock the sample moves. */
    FAKE,
    /** The real Partner Center, with the given app registration. */
    PARTNER_CENTER
  }

  /**
   * An app registration; the secret and refresh token never appear in {@link #toString()}.
   *
   * @param tenantId partner tenant
   * @param clientId application id
   * @param clientSecret client secret
   * @param refreshToken app+user refresh token, when consented
   */
  public record Credentials(String tenantId, String clientId, String clientSecret, Optional<String> refreshToken) {
    @Override
    public String toString() {
      return "Credentials[tenantId=" + tenantId + ", clientId=" + clientId + ", clientSecret=****, refreshToken="
          + (refreshToken.isPresent() ? "****" : "none") + "]";
    }
  }

  /** Whether this runs against the embedded fake. */
  public boolean isFake() {
    return target == Target.FAKE;
  }

  /**
   * Decides from {@code env} (the process environment) and {@code args}.
   *
   * @throws ValidationException naming the variable or argument when the settings are incomplete or unknown
   */
  public static SampleSettings from(Map<String, String> env, List<String> args, Path defaultOutput) {
    boolean writeFlag = false;
    Path output = value(env, OUTPUT_DIR).map(Path::of).orElse(defaultOutput);
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--allow-writes")) {
        writeFlag = true;
      } else if (a.equals("--output") && i + 1 < args.size()) {
        output = Path.of(args.get(++i));
      } else {
        throw new ValidationException("arguments", "known: --allow-writes, --output <dir>; was " + a);
      }
    }
    Optional<String> writesEnv = value(env, ALLOW_WRITES);
    if (writesEnv.isPresent() && !List.of("true", "false").contains(writesEnv.get().toLowerCase(Locale.ROOT))) {
      throw new ValidationException(ALLOW_WRITES, "true or false, was " + writesEnv.get());
    }
    writeFlag |= writesEnv.map(v -> v.equalsIgnoreCase("true")).orElse(false);

    Optional<String> tenant = value(env, TENANT_ID);
    Optional<String> client = value(env, CLIENT_ID);
    Optional<String> secret = value(env, CLIENT_SECRET);
    if (tenant.isEmpty() && client.isEmpty() && secret.isEmpty()) {
      if (value(env, REFRESH_TOKEN).isPresent()) {
        throw new ValidationException(REFRESH_TOKEN, "needs " + TENANT_ID + ", " + CLIENT_ID + " and "
            + CLIENT_SECRET + " as well");
      }
      return new SampleSettings(Target.FAKE, Optional.empty(), true, output);
    }
    for (String name : List.of(TENANT_ID, CLIENT_ID, CLIENT_SECRET)) {
      if (value(env, name).isEmpty()) {
        throw new ValidationException(name, "required with the other Partner Center credentials ("
            + TENANT_ID + ", " + CLIENT_ID + ", " + CLIENT_SECRET + "); unset all three to use the fake");
      }
    }
    Credentials credentials = new Credentials(tenant.get(), client.get(), secret.get(), value(env, REFRESH_TOKEN));
    return new SampleSettings(Target.PARTNER_CENTER, Optional.of(credentials), writeFlag, output);
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
  }

  /** One line saying what runs where. */
  public String describe() {
    if (isFake()) {
      return "the embedded fake Partner Center (no CSPSDK_* credentials set)";
    }
    return "the real Partner Center, tenant " + credentials.orElseThrow().tenantId() + ", "
        + (writesAllowed ? "writes ALLOWED"
            : "read-only (" + ALLOW_WRITES + "=true or --allow-writes to change things)");
  }
}
