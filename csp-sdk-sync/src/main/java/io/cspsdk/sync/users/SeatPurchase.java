package io.cspsdk.sync.users;

/** What the seat-purchase hook decided: raise subscription {@code subscriptionId} by {@code seats}. */
public record SeatPurchase(String subscriptionId, int seats) {}
