package io.cspsdk.samples.month;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One run of the main sample against the fake, shared by the test classes of this JVM: its output (progress bars
 * in their non-terminal form, time from a scripted nano clock) and the reports it wrote.
 */
final class MonthRun {
  private static MonthRun instance;

  final String output;
  final CustomerBillingReport.Written written;

  private MonthRun(String output, CustomerBillingReport.Written written) {
    this.output = output;
    this.written = written;
  }

  static synchronized MonthRun get() {
    if (instance == null) {
      try {
        Path dir = Files.createTempDirectory("month-in-the-life");
        SampleSettings settings = SampleSettings.from(Map.of(), List.of("--output", dir.toString()), dir);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong nanos = new AtomicLong();
        CustomerBillingReport.Written written;
        try (PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8);
             SampleEnvironment env = SampleEnvironment.open(settings)) {
          written = MonthInTheLife.run(env, new Console(ps, false), () -> nanos.addAndGet(5_000_000L))
              .orElseThrow();
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("output.txt"), out);
        instance = new MonthRun(out, written);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }
}
