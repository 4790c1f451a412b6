package io.cspsdk.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * A test SLF4J 2 provider: every logger is enabled at TRACE and, while {@link #start()}ed, every event (formatted
 * message plus the messages of its throwable chain) is kept for assertions. Apache HttpClient's own wire and header
 * loggers are left out: they dump raw traffic by design and are never enabled by csp-sdk.
 */
public final class CapturingLogs implements SLF4JServiceProvider {
  private static final ConcurrentLinkedQueue<String> EVENTS = new ConcurrentLinkedQueue<>();
  private static volatile boolean capturing;

  private final ILoggerFactory factory = new Factory();
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new BasicMDCAdapter();

  public static void start() {
    EVENTS.clear();
    capturing = true;
  }

  public static List<String> stop() {
    capturing = false;
    return new ArrayList<>(EVENTS);
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return factory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {
    // nothing to set up
  }

  private static final class Factory implements ILoggerFactory {
    private final ConcurrentHashMap<String, Logger> loggers = new ConcurrentHashMap<>();

    @Override
    public Logger getLogger(String name) {
      return loggers.computeIfAbsent(name, CapturingLogger::new);
    }
  }

  private static final class CapturingLogger extends AbstractLogger {
    private static final long serialVersionUID = 1L;
    private final boolean enabled;

    CapturingLogger(String name) {
      this.name = name;
      this.enabled = !name.startsWith("org.apache.hc.client5.http.wire")
          && !name.startsWith("org.apache.hc.client5.http.headers");
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern, Object[] arguments,
        Throwable throwable) {
      if (!capturing) {
        return;
      }
      StringBuilder sb = new StringBuilder(level + " " + name + " "
          + MessageFormatter.basicArrayFormat(messagePattern, arguments));
      for (Throwable t = throwable; t != null; t = t.getCause()) {
        sb.append(" | ").append(t);
      }
      EVENTS.add(sb.toString());
    }

    @Override
    public boolean isTraceEnabled() {
      return enabled;
    }

    @Override
    public boolean isTraceEnabled(Marker marker) {
      return enabled;
    }

    @Override
    public boolean isDebugEnabled() {
      return enabled;
    }

    @Override
    public boolean isDebugEnabled(Marker marker) {
      return enabled;
    }

    @Override
    public boolean isInfoEnabled() {
      return enabled;
    }

    @Override
    public boolean isInfoEnabled(Marker marker) {
      return enabled;
    }

    @Override
    public boolean isWarnEnabled() {
      return enabled;
    }

    @Override
    public boolean isWarnEnabled(Marker marker) {
      return enabled;
    }

    @Override
    public boolean isErrorEnabled() {
      return enabled;
    }

    @Override
    public boolean isErrorEnabled(Marker marker) {
      return enabled;
    }
  }
}
