package io.cspsdk.samples.month;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A progress bar with counts, rate and time left. On a terminal it redraws itself in place; otherwise it prints
 * one line at each quarter and one at the end, so logs stay readable. Time comes from {@code nanoTime} (the
 * wall clock in the program, a scripted one in tests). Thread-safe.
 */
final class ProgressBar {
  private static final int BAR = 28;

  private final Console console;
  private final String label;
  private final String unit;
  private final LongSupplier nanoTime;
  private final long startedAt;
  private long done;
  private long total = -1;
  private int quartersShown;
  private long lastDrawn = Long.MIN_VALUE;
  private boolean finished;
  private int drawnLength;

  ProgressBar(Console console, String label, String unit, LongSupplier nanoTime) {
    this.console = console;
    this.label = label;
    this.unit = unit;
    this.nanoTime = nanoTime;
    this.startedAt = nanoTime.getAsLong();
  }

  /** {@code done} of {@code total} (negative when not known yet); counts never go back. */
  synchronized void update(long done, long total) {
    if (finished) {
      return;
    }
    this.done = Math.max(this.done, done);
    this.total = total >= 0 ? total : this.total;
    long now = nanoTime.getAsLong();
    if (console.live()) {
      if (now - lastDrawn >= 50_000_000L || this.done == this.total) {
        lastDrawn = now;
        console.stream().print("\r" + padded(render(now)));
        console.stream().flush();
      }
    } else if (this.total > 0) {
      int quarter = (int) Math.min(4, this.done * 4 / this.total);
      if (quarter > quartersShown && quarter < 4) {
        quartersShown = quarter;
        console.stream().println(render(now));
      }
    }
  }

  /** The last state, and a line break; {@code note} (may be empty) follows the counts. */
  synchronized void finish(String note) {
    if (finished) {
      return;
    }
    finished = true;
    String line = render(nanoTime.getAsLong());
    if (!note.isEmpty()) {
      line += line.length() + 2 + note.length() <= Console.WIDTH ? "  " + note : "\n    " + note;
    }
    if (console.live()) {
      console.stream().print("\r" + padded(line) + "\n");
    } else {
      console.stream().println(line);
    }
    console.stream().flush();
  }

  /** {@code line} with spaces over what a longer earlier drawing left on the terminal line. */
  private String padded(String line) {
    int first = line.indexOf('\n') < 0 ? line.length() : line.indexOf('\n');
    String out = first < drawnLength ? line.substring(0, first) + " ".repeat(drawnLength - first)
        + line.substring(first) : line;
    drawnLength = first;
    return out;
  }

  private String render(long now) {
    double seconds = Math.max(1e-3, (now - startedAt) / 1e9);
    double rate = done / seconds;
    String counts = total >= 0 ? done + "/" + total : Long.toString(done);
    String eta;
    if (total > 0 && done >= total) {
      eta = "took " + clock(Duration.ofMillis((long) (seconds * 1000)));
    } else if (total > 0 && done > 0) {
      eta = "ETA " + clock(Duration.ofMillis((long) ((total - done) / rate * 1000)));
    } else {
      eta = "ETA --:--";
    }
    String perSecond = rate >= 100 ? String.format("%,.0f/s", rate) : String.format("%.1f/s", rate);
    return String.format("  %-12s [%s] %s %s  %s  %s", label, bar(), counts, unit, perSecond, eta);
  }

  private String bar() {
    int filled = total > 0 ? (int) Math.min(BAR, done * BAR / total) : 0;
    return "#".repeat(filled) + ".".repeat(BAR - filled);
  }

  private static String clock(Duration d) {
    long s = Math.max(0, Math.round(d.toMillis() / 1000.0));
    return String.format("%d:%02d", s / 60, s % 60);
  }
}
