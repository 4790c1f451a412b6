package io.cspsdk.testkit.internal.server;

import java.util.List;

/** A Partner Center error answer: HTTP status plus {@code {"code", "description", "data", "source"}}. */
public final class ApiError extends RuntimeException {
  private final int status;
  private final int code;
  private final List<String> data;

  public ApiError(int status, int code, String description) {
    this(status, code, description, List.of());
  }

  public ApiError(int status, int code, String description, List<String> data) {
    super(description, null, false, false);
    this.status = status;
    this.code = code;
    this.data = data;
  }

  public int status() {
    return status;
  }

  public int code() {
    return code;
  }

  public List<String> data() {
    return data;
  }

  public static ApiError notFound(int code, String what) {
    return new ApiError(404, code, what);
  }

  public static ApiError badRequest(int code, String description) {
    return new ApiError(400, code, description);
  }

  /** 800002: the request body or a parameter is invalid. */
  public static ApiError invalidInput(String description) {
    return new ApiError(400, 800002, description);
  }
}
