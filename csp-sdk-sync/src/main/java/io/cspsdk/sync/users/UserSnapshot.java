package io.cspsdk.sync.users;

import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A user on one side as sync compares it: the synced attributes, whether it is active, and its directly assigned
 * licence SKUs. Each plan step carries the snapshot it was planned against and the one it leaves.
 */
public record UserSnapshot(String userPrincipalName, Optional<String> firstName, Optional<String> lastName,
                           Optional<String> displayName, Optional<String> usageLocation, UserLife life,
                           SortedSet<String> licences) {
  /** The attributes sync keeps in step, by name. */
  public static final java.util.List<String> ATTRIBUTES =
      java.util.List.of("userPrincipalName", "firstName", "lastName", "displayName", "usageLocation");

  public UserSnapshot {
    Objects.requireNonNull(userPrincipalName, "userPrincipalName");
    Objects.requireNonNull(life, "life");
    licences = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(licences));
  }

  /** A user that does not exist on the side (yet). */
  public static UserSnapshot absent(String userPrincipalName) {
    return new UserSnapshot(userPrincipalName, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), UserLife.GONE, new TreeSet<>());
  }

  /** The value of one of {@link #ATTRIBUTES}. */
  public Optional<String> attribute(String name) {
    switch (name) {
      case "userPrincipalName":
        return Optional.of(userPrincipalName);
      case "firstName":
        return firstName;
      case "lastName":
        return lastName;
      case "displayName":
        return displayName;
      case "usageLocation":
        return usageLocation;
      default:
        throw new IllegalArgumentException("not a synced attribute: " + name);
    }
  }

  /** This snapshot with one attribute changed. */
  public UserSnapshot withAttribute(String name, Optional<String> value) {
    return new UserSnapshot(name.equals("userPrincipalName") ? value.orElse(userPrincipalName) : userPrincipalName,
        name.equals("firstName") ? value : firstName, name.equals("lastName") ? value : lastName,
        name.equals("displayName") ? value : displayName, name.equals("usageLocation") ? value : usageLocation,
        life, licences);
  }

  public UserSnapshot withLife(UserLife newLife) {
    return new UserSnapshot(userPrincipalName, firstName, lastName, displayName, usageLocation, newLife,
        licences);
  }

  public UserSnapshot withLicences(java.util.Collection<String> newLicences) {
    return new UserSnapshot(userPrincipalName, firstName, lastName, displayName, usageLocation, life,
        new TreeSet<>(newLicences));
  }

  /** Equal ignoring the case of the principal name (Partner Center compares UPNs case-insensitively). */
  public boolean sameAs(UserSnapshot o) {
    return o != null && userPrincipalName.equalsIgnoreCase(o.userPrincipalName) && firstName.equals(o.firstName)
        && lastName.equals(o.lastName) && displayName.equals(o.displayName)
        && usageLocation.map(String::toUpperCase).equals(o.usageLocation.map(String::toUpperCase))
        && life == o.life && licences.equals(o.licences);
  }
}
