package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The catalog view a product listing is of ({@code targetView} of {@code GET /products}); open: any other view
 * Partner Center adds can be given with {@link #of(String)} and is sent as written. Known views are sent in
 * Partner Center's spelling ({@code OnlineServices}, {@code AzureReservationsVM}, ...).
 */
public final class TargetView extends OpenEnum {
  private static final Registry<TargetView> R = new Registry<>(TargetView::new);

  /** Every Azure item. */
  public static final TargetView AZURE = R.known("Azure");
  /** Azure reservations. */
  public static final TargetView AZURE_RESERVATIONS = R.known("AzureReservations");
  /** Virtual machine reservations. */
  public static final TargetView AZURE_RESERVATIONS_VM = R.known("AzureReservationsVM");
  /** SQL reservations. */
  public static final TargetView AZURE_RESERVATIONS_SQL = R.known("AzureReservationsSQL");
  /** Cosmos DB reservations. */
  public static final TargetView AZURE_RESERVATIONS_COSMOS_DB = R.known("AzureReservationsCosmosDb");
  /** The legacy Microsoft Azure (MS-AZR-0145P) offer. */
  public static final TargetView MICROSOFT_AZURE = R.known("MicrosoftAzure");
  /** Online services (Microsoft 365, Dynamics 365, ... including the new-commerce licence-based offers). */
  public static final TargetView ONLINE_SERVICES = R.known("OnlineServices");
  /** Every software item. */
  public static final TargetView SOFTWARE = R.known("Software");
  /** SUSE Linux software. */
  public static final TargetView SOFTWARE_SUSE_LINUX = R.known("SoftwareSUSELinux");
  /** Perpetual software. */
  public static final TargetView SOFTWARE_PERPETUAL = R.known("SoftwarePerpetual");
  /** Software subscriptions. */
  public static final TargetView SOFTWARE_SUBSCRIPTIONS = R.known("SoftwareSubscriptions");
  /** Specialized offers. */
  public static final TargetView SPECIALIZED_OFFERS = R.known("SpecializedOffers");

  private TargetView(String value) {
    super(value);
  }

  /** The known view matching {@code value} (case- and separator-insensitive), else a new one as written. */
  @JsonCreator
  public static TargetView of(String value) {
    return R.of(value);
  }

  /** Whether this is one of the constants above. */
  public boolean isKnown() {
    return R.isKnown(this);
  }
}
