package io.cspsdk.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's first example is {@link RenewalTest} exactly as printed (only the package line differs). */
class ReadmeExampleTest {

  @Test
  void readmeFirstExample_isRenewalTestVerbatim() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```java\n") + "```java\n".length();
    String printed = readme.substring(start, readme.indexOf("```", start));
    String source = Files.readString(Path.of("src/test/java/io/cspsdk/testkit/junit/RenewalTest.java"));
    assertThat(printed).isEqualTo(source.substring(source.indexOf('\n') + 1).stripLeading());
  }
}
