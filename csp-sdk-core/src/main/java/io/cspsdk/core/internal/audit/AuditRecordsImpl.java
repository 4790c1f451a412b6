package io.cspsdk.core.internal.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.audit.AuditFilter;
import io.cspsdk.core.audit.AuditRecords;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.internal.http.ApiCaller;
import io.cspsdk.core.internal.http.ApiRequest;
import io.cspsdk.core.internal.json.Json;
import io.cspsdk.core.internal.validation.Inputs;
import io.cspsdk.core.model.AuditRecord;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** {@link AuditRecords} over the {@link ApiCaller}: {@code GET /auditrecords?startDate&endDate&size&filter}. */
public final class AuditRecordsImpl implements AuditRecords {
  /** Longest range Partner Center serves. */
  static final int MAX_DAYS = 90;
  /** Records per page. */
  static final int PAGE_SIZE = 100;

  private final ApiCaller caller;

  public AuditRecordsImpl(ApiCaller caller) {
    this.caller = Objects.requireNonNull(caller, "caller");
  }

  @Override
  public PagedIterable<AuditRecord> list(LocalDate startDate, LocalDate endDate, AuditFilter filter,
      RequestOptions options) {
    Inputs.present("startDate", startDate);
    Inputs.present("endDate", endDate);
    if (endDate.isBefore(startDate)) {
      throw new ValidationException("endDate", "must not be before startDate (" + startDate + "), was " + endDate);
    }
    long days = ChronoUnit.DAYS.between(startDate, endDate);
    if (days > MAX_DAYS) {
      throw new ValidationException("endDate",
          "the range must not exceed " + MAX_DAYS + " days, was " + days + " days");
    }
    ApiRequest req = ApiRequest.get("/auditrecords").query("startDate", startDate.toString())
        .query("endDate", endDate.toString()).query("size", PAGE_SIZE)
        .query("filter", filter == null ? null : filterJson(filter)).options(options).build();
    return caller.list(req, AuditRecord.class);
  }

  static String filterJson(AuditFilter filter) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("Field", filter.field());
    f.put("Value", filter.value());
    f.put("Operator", filter.operator());
    try {
      return Json.mapper().writeValueAsString(f);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an audit filter", e);
    }
  }
}
