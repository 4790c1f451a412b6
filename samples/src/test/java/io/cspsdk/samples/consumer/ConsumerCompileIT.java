package io.cspsdk.samples.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer of the packaged csp-sdk jars, compiled with {@code -Xlint:all -Werror}: once on the class path, once
 * as a named module that {@code requires io.cspsdk.core} and {@code io.cspsdk.testkit}, which then runs in a child
 * JVM on the module path against the fake Partner Center.
 */
class ConsumerCompileIT {
  private static final String MAIN = """
      package consumer.app;

      import io.cspsdk.core.PartnerCenterClient;
      import io.cspsdk.core.auth.PartnerCredentials;
      import io.cspsdk.core.model.Address;
      import io.cspsdk.core.model.Customer;
      import io.cspsdk.testkit.FakePartnerCenter;

      /** Lists the fake's customers through the client. */
      public final class Main {
        private Main() {}

        /** @param args none */
        public static void main(String[] args) {
          Address address = Address.builder().city("Redmond").country("US").build();
          try (FakePartnerCenter fake = FakePartnerCenter.builder().build().start()) {
            String customerId = fake.seed().customer("Contoso").subscription("CFQ7TTC0LH18:0001", 5).lastCustomerId();
            try (PartnerCenterClient pc = PartnerCenterClient.builder()
                .endpoint(fake.endpoint())
                .credential(PartnerCredentials.staticToken("consumer-token"))
                .build()) {
              for (Customer customer : pc.customers().list()) {
                System.out.println("customer " + customer.id());
              }
              System.out.println("subscriptions " + pc.subscriptions(customerId).list().stream().count());
              System.out.println("module " + PartnerCenterClient.class.getModule().getName());
              System.out.println("city " + address.city().orElse("?"));
            }
          }
        }
      }
      """;
  private static final String MODULE_INFO = """
      module consumer.app {
        requires io.cspsdk.core;
        requires io.cspsdk.testkit;
      }
      """;

  private static List<String> jars;

  @BeforeAll
  static void findJars() {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    jars = Arrays.stream(classPath.split(File.pathSeparator)).filter(e -> e.endsWith(".jar")).toList();
    assertThat(jars).as("the csp-sdk modules come as packaged jars (run through mvn verify)")
        .anyMatch(j -> j.contains("csp-sdk-core")).anyMatch(j -> j.contains("csp-sdk-testkit"));
  }

  @Test
  void compile_classPathConsumerWithAllLintWarningsAsErrors_compilesWithoutWarnings(@TempDir Path dir)
      throws IOException {
    Path source = write(dir.resolve("src/consumer/app/Main.java"), MAIN);

    String output = compile(dir.resolve("out"), List.of("-Xlint:all", "-Werror", "-classpath", path(jars)), source);

    assertThat(output).isEmpty();
  }

  @Test
  void run_modularConsumer_usesTheClientFromTheModulePath(@TempDir Path dir) throws Exception {
    Path main = write(dir.resolve("src/consumer/app/Main.java"), MAIN);
    Path moduleInfo = write(dir.resolve("src/module-info.java"), MODULE_INFO);
    Path out = dir.resolve("out");

    // requires-automatic: javac warns about every requires of an automatic module, whoever publishes it
    String output = compile(out, List.of("-Xlint:all,-requires-automatic", "-Werror", "--module-path", path(jars)),
        moduleInfo, main);
    assertThat(output).isEmpty();

    List<String> modulePath = new ArrayList<>(jars);
    modulePath.add(0, out.toString());
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // automatic modules declare no requires: their named dependencies (Jackson, Caffeine, SLF4J, the JDK's
        // jdk.httpserver for the fake) are resolved only when added, as the README tells modular consumers
        "--module-path", path(modulePath), "--add-modules", "ALL-MODULE-PATH,jdk.httpserver",
        "-m", "consumer.app/consumer.app.Main")
        .redirectErrorStream(true).start();
    String printed = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(child.exitValue()).as(printed).isZero();
    assertThat(printed).contains("customer ", "subscriptions 1", "module io.cspsdk.core", "city Redmond");
  }

  private static String compile(Path out, List<String> options, Path... sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (var files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      List<String> all = new ArrayList<>(options);
      all.addAll(List.of("--release", "17", "-d", out.toString()));
      boolean ok = javac.getTask(diagnostics, files, null, all, null, files.getJavaFileObjects(sources)).call();
      assertThat(ok).as(diagnostics.toString()).isTrue();
    }
    return diagnostics.toString();
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private static String path(List<String> entries) {
    return String.join(File.pathSeparator, entries);
  }
}
