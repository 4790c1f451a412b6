package io.cspsdk.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.RawApi;
import io.cspsdk.core.RequestOptions;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the public API: no third-party or internal type in a public signature, and short Javadoc on every public
 * type. Scans the compiled classes of {@code io.cspsdk.core} outside {@code internal} packages.
 */
class PublicApiSurfaceTest {
  private static final List<String> FORBIDDEN = List.of(
      "com.fasterxml.", "org.apache.hc.", "com.microsoft.aad.", "io.cspsdk.core.internal.");
  private static final Pattern TYPE_DECLARATION = Pattern.compile(
      "^\\s*(?:public|protected)\\s+(?:(?:final|abstract|sealed|static)\\s+)*(?:class|interface|enum|record|@interface)"
          + "\\s+(\\w+)", Pattern.MULTILINE);

  /** Type variables being checked, so that recursive bounds such as {@code T extends OpenEnum<T>} end. */
  private static final ThreadLocal<Set<TypeVariable<?>>> SEEN_VARIABLES = ThreadLocal.withInitial(java.util.HashSet::new);

  @Test
  void publicSignatures_nonInternalPackages_mentionNoThirdPartyOrInternalTypes() throws Exception {
    List<Class<?>> types = apiTypes();
    assertThat(types).as("scanned public types").hasSizeGreaterThan(100);
    Set<String> leaks = new TreeSet<>();
    for (Class<?> type : types) {
      check(type.getName() + " extends", type.getGenericSuperclass(), leaks);
      for (Type i : type.getGenericInterfaces()) {
        check(type.getName() + " implements", i, leaks);
      }
      Set<Method> methods = new java.util.LinkedHashSet<>(List.of(type.getMethods()));
      methods.addAll(List.of(type.getDeclaredMethods()));
      for (Method m : methods) {
        if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
          String where = type.getName() + "#" + m.getName();
          check(where, m.getGenericReturnType(), leaks);
          for (Type p : m.getGenericParameterTypes()) {
            check(where, p, leaks);
          }
          for (Type e : m.getGenericExceptionTypes()) {
            check(where, e, leaks);
          }
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (visible(c.getModifiers()) && !c.isSynthetic()) {
          for (Type p : c.getGenericParameterTypes()) {
            check(type.getName() + "#<init>", p, leaks);
          }
        }
      }
      for (Field f : type.getDeclaredFields()) {
        if (visible(f.getModifiers()) && !f.isSynthetic()) {
          check(type.getName() + "." + f.getName(), f.getGenericType(), leaks);
        }
      }
    }
    assertThat(leaks).as("public signatures mentioning third-party or internal types").isEmpty();
  }

  @Test
  void publicTypes_nonInternalSources_haveJavadoc() throws IOException {
    Path sources = Paths.get("src/main/java/io/cspsdk/core");
    assertThat(sources).isDirectory();
    List<String> undocumented = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
        String rel = sources.relativize(file).toString().replace('\\', '/');
        if (rel.startsWith("internal/") || rel.endsWith("package-info.java")) {
          continue;
        }
        String src = Files.readString(file);
        var matcher = TYPE_DECLARATION.matcher(src);
        while (matcher.find()) {
          String before = src.substring(0, matcher.start());
          int javadocEnd = before.lastIndexOf("*/");
          if (javadocEnd < 0 || !onlyAnnotations(before.substring(javadocEnd + 2))) {
            undocumented.add(rel + " " + matcher.group(1));
          }
        }
      }
    }
    assertThat(undocumented).as("public types without Javadoc").isEmpty();
  }

  @Test
  void resourceGroups_everyOperation_hasOverloadTakingRequestOptionsLast() {
    List<String> missing = new ArrayList<>();
    for (Method accessor : PartnerCenterClient.class.getMethods()) {
      Class<?> group = accessor.getReturnType();
      boolean resourceGroup = group.isInterface() && group.getPackageName().startsWith("io.cspsdk.core.");
      if (!resourceGroup && group != RawApi.class) {
        continue;
      }
      for (Method m : group.getMethods()) {
        Class<?>[] params = m.getParameterTypes();
        if (m.getDeclaringClass() == Object.class
            || params.length > 0 && params[params.length - 1] == RequestOptions.class) {
          continue;
        }
        Class<?>[] withOptions = java.util.Arrays.copyOf(params, params.length + 1);
        withOptions[params.length] = RequestOptions.class;
        try {
          group.getMethod(m.getName(), withOptions);
        } catch (NoSuchMethodException e) {
          missing.add(group.getSimpleName() + "#" + m.getName() + java.util.Arrays.toString(params));
        }
      }
    }
    assertThat(missing).as("operations without a RequestOptions overload").isEmpty();
  }

  /** Whether the text between a comment and a declaration holds nothing but annotations. */
  private static boolean onlyAnnotations(String text) {
    String rest = text;
    for (String previous = ""; !previous.equals(rest); ) {
      previous = rest;
      rest = rest.replaceAll("\\([^()]*\\)", "");
    }
    return rest.chars().noneMatch(ch -> ch == ';' || ch == '{' || ch == '}');
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void check(String where, Type type, Set<String> leaks) {
    if (type == null) {
      return;
    }
    if (type instanceof Class) {
      Class<?> c = (Class<?>) type;
      while (c.isArray()) {
        c = c.getComponentType();
      }
      String name = c.getName();
      if (FORBIDDEN.stream().anyMatch(name::startsWith)) {
        leaks.add(where + " -> " + name);
      }
    } else if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      check(where, p.getRawType(), leaks);
      for (Type a : p.getActualTypeArguments()) {
        check(where, a, leaks);
      }
    } else if (type instanceof GenericArrayType) {
      check(where, ((GenericArrayType) type).getGenericComponentType(), leaks);
    } else if (type instanceof WildcardType) {
      for (Type b : ((WildcardType) type).getUpperBounds()) {
        check(where, b, leaks);
      }
      for (Type b : ((WildcardType) type).getLowerBounds()) {
        check(where, b, leaks);
      }
    } else if (type instanceof TypeVariable && SEEN_VARIABLES.get().add((TypeVariable<?>) type)) {
      try {
        for (Type b : ((TypeVariable<?>) type).getBounds()) {
          check(where, b, leaks);
        }
      } finally {
        SEEN_VARIABLES.get().remove(type);
      }
    }
  }

  /** Public (and protected nested) types of io.cspsdk.core outside internal packages, from the compiled classes. */
  private static List<Class<?>> apiTypes() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Paths.get(PartnerCenterClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve("io/cspsdk/core"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList())) {
        String name = root.relativize(file).toString().replace('\\', '/').replaceAll("\\.class$", "").replace('/', '.');
        if (name.startsWith("io.cspsdk.core.internal.") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> c = Class.forName(name, false, PublicApiSurfaceTest.class.getClassLoader());
        if (isExported(c)) {
          types.add(c);
        }
      }
    }
    return types;
  }

  private static boolean isExported(Class<?> c) {
    for (Class<?> t = c; t != null; t = t.getDeclaringClass()) {
      if (!visible(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }
}
