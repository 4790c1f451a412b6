package io.cspsdk.testkit.internal.state;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** A customer's user (Entra ID account) and the licence SKUs assigned to it. */
public final class UserRec {
  public final String id;
  public final String customerId;
  public String userPrincipalName;
  public String firstName;
  public String lastName;
  public String displayName;
  public String usageLocation;
  public String phoneNumber;
  public String immutableId;
  public String state = "active";
  public Instant softDeletionTime;
  public final Instant createdAt;
  public final Set<String> licences = new LinkedHashSet<>();

  public UserRec(String id, String customerId, String userPrincipalName, Instant createdAt) {
    this.id = id;
    this.customerId = customerId;
    this.userPrincipalName = userPrincipalName;
    this.createdAt = createdAt;
  }

  public boolean active() {
    return "active".equals(state);
  }
}
