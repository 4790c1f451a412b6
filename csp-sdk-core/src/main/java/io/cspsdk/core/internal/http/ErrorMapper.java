package io.cspsdk.core.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cspsdk.core.error.PartnerCenterServiceException;
import io.cspsdk.core.error.ServiceError;
import io.cspsdk.core.internal.json.Json;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an error response into the typed exception: reads {@code {code, description, data}} (code as string or
 * number), bare {@code {message}} and the throttling body {@code {statusCode, message}}; Retry-After in seconds or
 * as HTTP-date; request and correlation ids from the response headers (else the ones sent).
 */
final class ErrorMapper {
  private final Clock clock;

  ErrorMapper(Clock clock) {
    this.clock = clock;
  }

  PartnerCenterServiceException toException(RawResponse response, Exchange ex) {
    return PartnerCenterServiceException.of(toError(response, ex), Math.max(1, ex.attempt));
  }

  ServiceError toError(RawResponse response, Exchange ex) {
    String code = null;
    String description = null;
    List<String> data = new ArrayList<>();
    JsonNode root = readTree(response.body());
    if (root != null && root.isObject()) {
      code = text(root.get("code"));
      if (code == null) {
        code = text(root.get("errorCode"));
      }
      description = text(root.get("description"));
      if (description == null) {
        description = text(root.get("message"));
      }
      if (description == null && root.path("error").isObject()) {
        code = text(root.path("error").get("code"));
        description = text(root.path("error").get("message"));
      }
      JsonNode d = root.get("data");
      if (d != null && d.isArray()) {
        d.forEach(n -> data.add(n.isValueNode() ? n.asText() : n.toString()));
      }
    }
    Duration retryAfter = response.header("Retry-After")
        .flatMap(v -> RetryAfter.parse(v, clock.instant())).orElse(null);
    String requestId = response.header(RequestIdStage.HEADER).orElse(ex.requestId);
    String correlationId = response.header(CorrelationStage.HEADER).orElse(ex.correlationId);
    return new ServiceError(response.status(), code, description, data, requestId, correlationId, retryAfter);
  }

  private static JsonNode readTree(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return Json.mapper().readTree(body);
    } catch (IOException notJson) {
      return null;
    }
  }

  private static String text(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode() || n.isContainerNode()) {
      return null;
    }
    String t = n.asText();
    return t.isEmpty() ? null : t;
  }
}
