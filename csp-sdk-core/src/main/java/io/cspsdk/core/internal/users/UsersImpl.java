package io.cspsdk.core.internal.users;

import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.Response;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.internal.http.ApiCaller;
import io.cspsdk.core.internal.http.ApiRequest;
import io.cspsdk.core.internal.validation.Inputs;
import io.cspsdk.core.internal.validation.UserRules;
import io.cspsdk.core.model.NewUser;
import io.cspsdk.core.model.PasswordProfile;
import io.cspsdk.core.model.User;
import io.cspsdk.core.model.UserState;
import io.cspsdk.core.model.UserUpdate;
import io.cspsdk.core.users.Users;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** {@link Users} over the HTTP pipeline. */
public final class UsersImpl implements Users {
  /** Users per page, as in Partner Center's documented request example. */
  static final int PAGE_SIZE = 500;
  static final String DELETED_FILTER = "{\"Field\":\"UserState\",\"Value\":\"Inactive\",\"Operator\":\"equals\"}";

  private final ApiCaller api;
  private final String customerId;
  private final String base;

  public UsersImpl(ApiCaller api, String customerId) {
    this.api = Objects.requireNonNull(api, "api");
    this.customerId = Inputs.nonBlank("customerId", customerId);
    this.base = "/customers/" + ApiRequest.segment(customerId) + "/users";
  }

  @Override
  public PagedIterable<User> list(RequestOptions options) {
    return api.list(ApiRequest.get(base).query("size", PAGE_SIZE).options(options).build(), User.class);
  }

  @Override
  public PagedIterable<User> listDeleted(RequestOptions options) {
    return api.list(ApiRequest.get(base).query("size", PAGE_SIZE).query("filter", DELETED_FILTER)
        .options(options).build(), User.class);
  }

  @Override
  public User get(String userId, RequestOptions options) {
    return api.call(ApiRequest.get(userPath(userId)).options(options).build(), User.class);
  }

  @Override
  public User create(NewUser user, RequestOptions options) {
    return createWithResponse(user, options).value();
  }

  @Override
  public Response<User> createWithResponse(NewUser user, RequestOptions options) {
    if (user == null) {
      throw new ValidationException("user", "is required");
    }
    return api.callWithResponse(ApiRequest.post(base, createBody(user)).options(options).build(), User.class);
  }

  @Override
  public User update(String userId, UserUpdate update, RequestOptions options) {
    String path = userPath(userId);
    if (update == null) {
      throw new ValidationException("update", "is required");
    }
    if (update.isEmpty()) {
      throw new ValidationException("update", "must change at least one attribute");
    }
    update.userPrincipalName().ifPresent(upn -> UserRules.checkUserPrincipalName("userPrincipalName", upn));
    update.displayName().ifPresent(n -> UserRules.checkDisplayName("displayName", n));
    update.usageLocation().ifPresent(l -> UserRules.checkUsageLocation("usageLocation", l));
    return api.call(ApiRequest.patch(path, update).options(options).build(), User.class);
  }

  /** The body of a create, as Partner Center expects it (usage location upper case). */
  static Map<String, Object> createBody(NewUser user) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("userPrincipalName", user.userPrincipalName());
    body.put("displayName", user.displayName());
    user.firstName().ifPresent(v -> body.put("firstName", v));
    user.lastName().ifPresent(v -> body.put("lastName", v));
    body.put("usageLocation", user.usageLocation().toUpperCase(Locale.ROOT));
    user.phoneNumber().ifPresent(v -> body.put("phoneNumber", v));
    user.immutableId().ifPresent(v -> body.put("immutableId", v));
    body.put("passwordProfile", PasswordProfile.builder().password(user.password())
        .forceChangePassword(user.forceChangePassword()).build());
    return body;
  }

  @Override
  public void delete(String userId, RequestOptions options) {
    api.call(ApiRequest.delete(userPath(userId)).options(options).build(), Void.class);
  }

  @Override
  public User restore(String userId, RequestOptions options) {
    Map<String, Object> body = Map.of("state", UserState.ACTIVE);
    return api.call(ApiRequest.patch(userPath(userId), body).options(options).build(), User.class);
  }

  @Override
  public User resetPassword(String userId, String newPassword, boolean forceChangePassword,
                            RequestOptions options) {
    String path = userPath(userId);
    UserRules.checkPassword("password", newPassword);
    Map<String, Object> body = Map.of("passwordProfile", PasswordProfile.builder()
        .password(newPassword).forceChangePassword(forceChangePassword).build());
    return api.call(ApiRequest.patch(path, body).options(options).build(), User.class);
  }

  private String userPath(String userId) {
    return base + "/" + ApiRequest.segment(Inputs.nonBlank("userId", userId));
  }

  @Override
  public String toString() {
    return "Users[customer " + customerId + "]";
  }
}
