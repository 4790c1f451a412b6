package io.cspsdk.samples.month;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The main sample's HTML report rendered by headless Chromium: the DOM after rendering holds the chart and the
 * tables, and the screenshot shows one bar per customer with charges in the chart's colour and a drawn table.
 * Runs in the {@code browser} profile ({@code mvn -B verify -Pbrowser}; {@code -Dcspsdk.test.chromium=<path>},
 * default {@code /usr/bin/chromium}); without Chromium it fails, it is never skipped.
 */
class HtmlReportBrowserTest {
  private static final int WIDTH = 1200;
  private static final int HEIGHT = 900;

  private static Path chromium;
  private static Path report;
  private static long positiveBars;
  private static long customers;

  @BeforeAll
  static void generateTheReport() {
    chromium = Path.of(System.getProperty("cspsdk.test.chromium", "/usr/bin/chromium"));
    assertThat(Files.isExecutable(chromium)).as("Chromium at %s (set -Dcspsdk.test.chromium)", chromium).isTrue();
    MonthRun run = MonthRun.get();
    report = run.written.html();
    List<ReportTotals> totals = ReportTotals.of(run.written.report(), java.util.Map.of());
    customers = totals.size();
    positiveBars = totals.stream().filter(t -> t.amount().signum() > 0).count();
  }

  private static String chromium(Path profile, Path output, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    command.add(report.toUri().toString());
    Path log = Files.createTempFile(profile.getParent(), "chromium", ".log");
    Process p = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(log.toFile()).start();
    boolean ended = p.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly();
    }
    assertThat(ended).as("Chromium ended within 120 s").isTrue();
    assertThat(p.exitValue()).as("Chromium's exit code; its log: %s", Files.readString(log)).isZero();
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  @Test
  void dumpDom_afterRendering_holdsTheChartBarsAndTheTableRows() throws Exception {
    Path dir = Files.createTempDirectory("chromium-dom");
    String dom = chromium(dir.resolve("profile"), dir.resolve("dom.html"), "--dump-dom");
    assertThat(count(dom, "<svg[^>]*id=\"chart\"")).isEqualTo(1);
    assertThat(count(dom, "<rect class=\"bar\"")).isEqualTo(customers);
    assertThat(count(dom, "<tr class=\"customer-total\"")).isEqualTo(customers);
    assertThat(count(dom, "<tr class=\"line\"")).isEqualTo(MonthRun.get().written.report().cycles().stream()
        .flatMap(c -> c.subscriptions().stream()).mapToLong(s -> s.lines().size()).sum());
    assertThat(dom).contains("Wingtip Toys", "Customer billing report, 2026-03");
  }

  @Test
  void screenshot_showsOneBarPerCustomerInTheChartAndADrawnTable() throws Exception {
    Path dir = Files.createTempDirectory("chromium-shot");
    Path png = dir.resolve("billing-report.png");
    chromium(dir.resolve("profile"), dir.resolve("stdout.txt"), "--screenshot=" + png,
        "--window-size=" + WIDTH + "," + HEIGHT);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).as("a PNG at %s", png).isNotNull();
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    assertThat(image.getHeight()).isEqualTo(HEIGHT);

    // the chart: left half; each positive bar is a band of rows holding the bar colour
    int bar = Integer.parseInt(HtmlReport.BAR.substring(1), 16);
    List<int[]> bands = bands(image, 0, WIDTH / 2, bar);
    assertThat(bands).as("bands of the bar colour in the chart (screenshot %s)", png).hasSize((int) positiveBars);
    for (int[] band : bands) {
      assertThat(band[1] - band[0] + 1).as("bar height in pixels").isBetween(10, 16);
    }
    assertThat(widestRun(image, bands.get(0)[0], 0, WIDTH / 2, bar)).as("the largest bar's length").isGreaterThan(300);
    assertThat(bands(image, 0, WIDTH / 2, Integer.parseInt(HtmlReport.REFUND_BAR.substring(1), 16)))
        .hasSize((int) (customers - positiveBars));

    // the totals table: right half, below the headings; header shading and text
    int header = 0xe2e8f0;
    assertThat(share(image, WIDTH / 2 + 20, 100, WIDTH - 20, 700, header)).as("table header shading")
        .isGreaterThan(0.002);
    assertThat(darkShare(image, WIDTH / 2 + 20, 100, WIDTH - 20, 700)).as("text in the table").isGreaterThan(0.01);
  }

  private static long count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    long n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static boolean is(int rgb, int colour) {
    int dr = Math.abs(((rgb >> 16) & 0xff) - ((colour >> 16) & 0xff));
    int dg = Math.abs(((rgb >> 8) & 0xff) - ((colour >> 8) & 0xff));
    int db = Math.abs((rgb & 0xff) - (colour & 0xff));
    return dr <= 6 && dg <= 6 && db <= 6;
  }

  /** Runs of consecutive rows with at least 3 pixels of {@code colour} between x0 and x1: [first, last]. */
  private static List<int[]> bands(BufferedImage img, int x0, int x1, int colour) {
    List<int[]> bands = new ArrayList<>();
    int start = -1;
    for (int y = 0; y < img.getHeight(); y++) {
      int n = 0;
      for (int x = x0; x < x1; x++) {
        if (is(img.getRGB(x, y), colour)) {
          n++;
        }
      }
      boolean hit = n >= 3;
      if (hit && start < 0) {
        start = y;
      } else if (!hit && start >= 0) {
        bands.add(new int[] {start, y - 1});
        start = -1;
      }
    }
    return bands;
  }

  private static int widestRun(BufferedImage img, int y, int x0, int x1, int colour) {
    int best = 0;
    int run = 0;
    for (int x = x0; x < x1; x++) {
      run = is(img.getRGB(x, y), colour) ? run + 1 : 0;
      best = Math.max(best, run);
    }
    return best;
  }

  private static double share(BufferedImage img, int x0, int y0, int x1, int y1, int colour) {
    long n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        n += is(img.getRGB(x, y), colour) ? 1 : 0;
      }
    }
    return (double) n / ((long) (x1 - x0) * (y1 - y0));
  }

  private static double darkShare(BufferedImage img, int x0, int y0, int x1, int y1) {
    long n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int rgb = img.getRGB(x, y);
        int lum = (((rgb >> 16) & 0xff) * 3 + ((rgb >> 8) & 0xff) * 6 + (rgb & 0xff)) / 10;
        n += lum < 110 ? 1 : 0;
      }
    }
    return (double) n / ((long) (x1 - x0) * (y1 - y0));
  }
}
