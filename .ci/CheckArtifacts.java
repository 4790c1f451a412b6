import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * CI check of what `mvn -B verify` leaves behind (JDK only: {@code java .ci/CheckArtifacts.java <verify.log>}):
 * the build log has no [WARNING] and no SLF4J notice; every published module has its main, sources and Javadoc
 * jars, each carrying META-INF/LICENSE, the main jar its Automatic-Module-Name; the POMs carry the metadata a
 * public repository requires; the BOM lists exactly the published modules; samples and benchmarks are never
 * installed or deployed and the benchmarks jar is not shaded by the normal build.
 */
public final class CheckArtifacts {
  static final Map<String, String> PUBLISHED = Map.of(
      "csp-sdk-core", "io.cspsdk.core",
      "csp-sdk-billing", "io.cspsdk.billing",
      "csp-sdk-sync", "io.cspsdk.sync",
      "csp-sdk-testkit", "io.cspsdk.testkit");
  static final List<String> UNPUBLISHED = List.of("samples", "benchmarks");
  static final List<String> FAILURES = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    Path root = Path.of(".").toAbsolutePath().normalize();
    if (args.length > 0) {
      checkLog(Path.of(args[0]));
    }
    Element parent = pom(root.resolve("pom.xml"));
    String version = text(parent, "version");
    checkMetadata("parent pom", parent);
    checkMetadata("csp-sdk-bom", pom(root.resolve("csp-sdk-bom/pom.xml")));
    checkBom(pom(root.resolve("csp-sdk-bom/pom.xml")), version);
    for (var module : PUBLISHED.entrySet()) {
      checkPublished(root.resolve(module.getKey()), module.getKey(), version, module.getValue());
    }
    for (String module : UNPUBLISHED) {
      checkUnpublished(root.resolve(module), module);
    }
    if (!FAILURES.isEmpty()) {
      FAILURES.forEach(f -> System.err.println("FAIL " + f));
      System.exit(1);
    }
    System.out.println("artifacts: OK");
  }

  static void checkLog(Path log) throws IOException {
    int n = 0;
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      n++;
      if (line.contains("[WARNING]") || line.startsWith("SLF4J")) {
        FAILURES.add(log.getFileName() + ":" + n + ": " + line);
      }
    }
  }

  static void checkMetadata(String what, Element pom) {
    for (String field : List.of("name", "description", "url", "licenses", "developers", "scm")) {
      if (child(pom, field) == null) {
        FAILURES.add(what + ": no <" + field + ">");
      }
    }
    Element scm = child(pom, "scm");
    if (scm != null && (child(scm, "connection") == null || child(scm, "url") == null)) {
      FAILURES.add(what + ": <scm> needs <connection> and <url>");
    }
  }

  static void checkBom(Element bom, String version) {
    if (child(bom, "parent") != null) {
      FAILURES.add("csp-sdk-bom: must not inherit the parent (it would import third-party versions)");
    }
    if (!version.equals(text(bom, "version"))) {
      FAILURES.add("csp-sdk-bom: version " + text(bom, "version") + " differs from the parent's " + version);
    }
    Set<String> managed = new TreeSet<>();
    Element deps = child(child(bom, "dependencyManagement"), "dependencies");
    for (Node n = deps.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element dep) {
        if (!"io.cspsdk".equals(text(dep, "groupId"))) {
          FAILURES.add("csp-sdk-bom: lists " + text(dep, "groupId") + ":" + text(dep, "artifactId"));
        }
        managed.add(text(dep, "artifactId"));
      }
    }
    if (!managed.equals(new TreeSet<>(PUBLISHED.keySet()))) {
      FAILURES.add("csp-sdk-bom: lists " + managed + ", published modules are " + new TreeSet<>(PUBLISHED.keySet()));
    }
  }

  static void checkPublished(Path dir, String artifact, String version, String moduleName) throws Exception {
    Element pom = pom(dir.resolve("pom.xml"));
    for (String property : List.of("maven.install.skip", "maven.deploy.skip", "maven.source.skip")) {
      if (child(child(pom, "properties"), property) != null) {
        FAILURES.add(artifact + ": sets " + property);
      }
    }
    Path target = dir.resolve("target");
    String base = artifact + "-" + version;
    checkJar(target.resolve(base + ".jar"), moduleName);
    checkJar(target.resolve(base + "-sources.jar"), null);
    boolean javadocSkipped = child(child(pom, "properties"), "maven.javadoc.skip") != null;
    if (javadocSkipped) {
      if (hasPublicType(dir.resolve("src/main/java"))) {
        FAILURES.add(artifact + ": has public types but skips its Javadoc jar (remove maven.javadoc.skip)");
      }
    } else {
      checkJar(target.resolve(base + "-javadoc.jar"), null);
    }
  }

  static void checkJar(Path jar, String moduleName) throws IOException {
    if (!Files.isRegularFile(jar)) {
      FAILURES.add(jar + ": missing");
      return;
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      if (file.getEntry("META-INF/LICENSE") == null) {
        FAILURES.add(jar.getFileName() + ": no META-INF/LICENSE");
      }
      if (moduleName != null) {
        String name = file.getManifest() == null ? null
            : file.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
        if (!moduleName.equals(name)) {
          FAILURES.add(jar.getFileName() + ": Automatic-Module-Name " + name + ", expected " + moduleName);
        }
      }
    }
  }

  static void checkUnpublished(Path dir, String artifact) throws Exception {
    Element properties = child(pom(dir.resolve("pom.xml")), "properties");
    for (String property : List.of("maven.install.skip", "maven.deploy.skip")) {
      Element p = child(properties, property);
      if (p == null || !"true".equals(p.getTextContent().trim())) {
        FAILURES.add(artifact + ": must set " + property + " to true");
      }
    }
    try (Stream<Path> files = Files.list(dir.resolve("target"))) {
      files.filter(f -> f.getFileName().toString().contains("shaded") || f.getFileName().toString().equals("benchmarks.jar"))
          .forEach(f -> FAILURES.add(f + ": shaded jar built by the normal build"));
    }
  }

  static boolean hasPublicType(Path sources) throws IOException {
    Pattern type = Pattern.compile("(?m)^public\\s+(final\\s+|abstract\\s+|sealed\\s+)*(class|interface|enum|record|@interface)\\b");
    try (Stream<Path> files = Files.walk(sources)) {
      return files.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("/internal/"))
          .anyMatch(f -> {
            try {
              Matcher m = type.matcher(Files.readString(f));
              return m.find();
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
    }
  }

  static Element pom(Path file) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
  }

  static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? null : e.getTextContent().trim();
  }
}
