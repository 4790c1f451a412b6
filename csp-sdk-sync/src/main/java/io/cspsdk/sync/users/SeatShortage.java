package io.cspsdk.sync.users;

/** A licence SKU the plan needs more seats of than are free: {@code needed - available = missing}. */
public record SeatShortage(String skuId, String skuName, int needed, int available, int missing) {}
