package io.cspsdk.core.internal.http;

/** Which API a request goes to: each has its own base URL and token scope. */
public enum Audience {
  /** Partner Center REST, base URL ending in {@code /v1}. */
  PARTNER_CENTER,
  /** Microsoft Graph, base URL ending in {@code /v1.0} (billing reconciliation v2 exports). */
  GRAPH,
  /** The partner price sheet API, {@code https://api.partner.microsoft.com/v1.0}. */
  PRICE_SHEETS,
  /**
   * An absolute URL outside Partner Center's APIs (e.g. a blob with its own SAS token): the request's path is the
   * full URL and no Authorization header is sent.
   */
  EXTERNAL
}
