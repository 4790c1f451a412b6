package io.cspsdk.samples.month;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample's output, for a terminal of {@value #WIDTH} columns: sections, wrapped text, tables and progress
 * bars. {@code live} redraws progress bars in place (a terminal); otherwise they print a line at each quarter.
 */
public final class Console {
  /** Columns the output is laid out for. */
  public static final int WIDTH = 100;

  private final PrintStream out;
  private final boolean live;

  /** Output to {@code out}; {@code live} when it is a terminal. */
  public Console(PrintStream out, boolean live) {
    this.out = out;
    this.live = live;
  }

  /** Standard output, live when the JVM has a terminal. */
  public static Console system() {
    return new Console(System.out, System.console() != null);
  }

  boolean live() {
    return live;
  }

  PrintStream stream() {
    return out;
  }

  /** A numbered part of the story. */
  public void section(String title) {
    out.println();
    String head = "== " + title + " ";
    out.println(head + "=".repeat(Math.max(3, WIDTH - head.length())));
  }

  /** A sub-heading inside a section. */
  public void step(String title) {
    out.println();
    out.println("-- " + title);
  }

  /** A paragraph, wrapped, indented by two. */
  public void say(String text) {
    wrap(text, "  ", "  ").forEach(out::println);
  }

  /** A bullet, wrapped, continuation lines under its text. */
  public void item(String text) {
    wrap(text, "  * ", "    ").forEach(out::println);
  }

  /** A result line (indented by four, wrapped under itself). */
  public void detail(String text) {
    wrap(text, "    ", "      ").forEach(out::println);
  }

  /** A line as is (tables, pre-formatted text); longer lines are wrapped. */
  public void raw(String line) {
    wrap(line, "", "      ").forEach(out::println);
  }

  /** Lines as they are. */
  void lines(List<String> lines) {
    lines.forEach(out::println);
  }

  /** An empty line. */
  public void blank() {
    out.println();
  }

  /**
   * A table: {@code right[i]} right-aligns column {@code i}; column widths fit the content. Rows whose first
   * cell is {@code "-"} are drawn as separators.
   */
  public void table(String indent, List<String> header, List<List<String>> rows, boolean... right) {
    int[] w = new int[header.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = header.get(i).length();
    }
    for (List<String> r : rows) {
      for (int i = 0; i < w.length && i < r.size(); i++) {
        w[i] = Math.max(w[i], r.get(i).length());
      }
    }
    out.println(format(indent, header, w, right));
    out.println(rule(indent, w));
    for (List<String> r : rows) {
      out.println(r.size() == 1 && r.get(0).equals("-") ? rule(indent, w) : format(indent, r, w, right));
    }
  }

  private static String rule(String indent, int[] w) {
    StringBuilder b = new StringBuilder(indent);
    for (int i = 0; i < w.length; i++) {
      b.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
    }
    return b.toString();
  }

  private static String format(String indent, List<String> cells, int[] w, boolean[] right) {
    StringBuilder b = new StringBuilder(indent);
    for (int i = 0; i < w.length; i++) {
      String c = i < cells.size() ? cells.get(i) : "";
      boolean r = i < right.length && right[i];
      b.append(i == 0 ? "" : "  ");
      b.append(r ? " ".repeat(w[i] - c.length()) + c : c + " ".repeat(i == w.length - 1 ? 0 : w[i] - c.length()));
    }
    return b.toString().stripTrailing();
  }

  /** {@code text} broken at spaces into lines of at most {@value #WIDTH} columns (long words are cut). */
  static List<String> wrap(String text, String first, String rest) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      String prefix = lines.isEmpty() ? first : rest;
      StringBuilder line = new StringBuilder(prefix);
      boolean empty = true;
      for (String word : paragraph.split(" ")) {
        if (!empty && line.length() + 1 + word.length() > WIDTH) {
          lines.add(line.toString());
          line = new StringBuilder(rest);
          empty = true;
        }
        while (line.length() + word.length() > WIDTH) {
          int room = WIDTH - line.length();
          lines.add(line + word.substring(0, room));
          word = word.substring(room);
          line = new StringBuilder(rest);
        }
        line.append(empty ? "" : " ").append(word);
        empty = false;
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }
}
