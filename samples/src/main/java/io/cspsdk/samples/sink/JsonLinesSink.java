package io.cspsdk.samples.sink;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cspsdk.sync.discovery.Change;
import io.cspsdk.sync.discovery.DiscoveredItem;
import io.cspsdk.sync.discovery.DiscoverySink;
import io.cspsdk.sync.discovery.ItemKind;
import io.cspsdk.sync.job.RunId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A discovery sink of the consumer's own: one JSON-lines file per kind ({@code customer.jsonl},
 * {@code subscription.jsonl}, ...), one line per Partner Center item, sorted by key.
 *
 * <p>It keeps discovery's contract. <b>Idempotent by (kind, key)</b>: an item delivered again replaces its line,
 * so a batch delivered twice (after a stop, a crash or a retry) leaves the files as they were; a removed item keeps
 * its line with {@code "removed": true} and no value. <b>Durable on return</b>: each batch rewrites the files of
 * the kinds it touches to a temporary file, forces it to disk and renames it over the old one atomically, before
 * {@link #accept} returns. Batches arrive from several threads; {@code accept} is synchronized.
 *
 * <p>Rewriting whole files keeps the example short and is fine for a few thousand items; a product mirroring a
 * large partner writes to a database instead ({@code JdbcMirrorSink}).
 */
public final class JsonLinesSink implements DiscoverySink {
  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .setSerializationInclusion(JsonInclude.Include.NON_ABSENT);

  private final Path dir;
  private final Map<ItemKind, TreeMap<String, String>> lines = new EnumMap<>(ItemKind.class);

  /**
   * Opens the sink on a directory, creating it if needed; the files already there (from an earlier run of this
   * process or another) are read back, so the next batches update them.
   */
  public JsonLinesSink(Path dir) {
    this.dir = dir;
    try {
      Files.createDirectories(dir);
      for (ItemKind kind : ItemKind.values()) {
        Path file = file(kind);
        if (Files.exists(file)) {
          TreeMap<String, String> byKey = new TreeMap<>();
          for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            byKey.put(JSON.readTree(line).path("key").asText(), line);
          }
          lines.put(kind, byKey);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the JSON-lines sink in " + dir, e);
    }
  }

  @Override
  public synchronized void accept(RunId runId, List<DiscoveredItem> items) {
    Set<ItemKind> touched = EnumSet.noneOf(ItemKind.class);
    for (DiscoveredItem item : items) {
      lines.computeIfAbsent(item.kind(), k -> new TreeMap<>()).put(item.key(), line(runId, item));
      touched.add(item.kind());
    }
    for (ItemKind kind : touched) {
      write(kind);
    }
  }

  /** The file of one kind, e.g. {@code subscription.jsonl}. */
  public Path file(ItemKind kind) {
    return dir.resolve(kind.key() + ".jsonl");
  }

  /** Items per kind that are not removed, as the files hold them now. */
  public synchronized Map<ItemKind, Integer> counts() {
    Map<ItemKind, Integer> counts = new EnumMap<>(ItemKind.class);
    lines.forEach((kind, byKey) -> counts.put(kind,
        (int) byKey.values().stream().filter(l -> !parse(l).path("removed").asBoolean()).count()));
    return counts;
  }

  /** The items the files keep as removed, as {@code kind:key}, by kind and key. */
  public synchronized List<String> removed() {
    List<String> out = new ArrayList<>();
    lines.forEach((kind, byKey) -> byKey.forEach((key, l) -> {
      if (parse(l).path("removed").asBoolean()) {
        out.add(kind.key() + ":" + key);
      }
    }));
    return out;
  }

  private static String line(RunId runId, DiscoveredItem item) {
    ObjectNode node = JSON.createObjectNode();
    node.put("kind", item.kind().key());
    node.put("key", item.key());
    item.customerId().ifPresent(c -> node.put("customerId", c));
    item.parentKey().ifPresent(p -> node.put("parentKey", p));
    node.put("removed", item.change() == Change.REMOVED);
    node.put("contentHash", item.contentHash());
    node.put("lastSeenRun", runId.value());
    item.value().ifPresent(v -> node.set("value", JSON.valueToTree(v)));
    try {
      return JSON.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + item.qualifiedKey() + " as JSON", e);
    }
  }

  private void write(ItemKind kind) {
    Path file = file(kind);
    Path temp = dir.resolve(kind.key() + ".jsonl.tmp");
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      Writer out = Channels.newWriter(channel, StandardCharsets.UTF_8);
      for (String line : lines.get(kind).values()) {
        out.write(line);
        out.write('\n');
      }
      out.flush();
      channel.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + temp, e);   // the batch fails; discovery retries it
    }
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace " + file, e);
    }
  }

  /** Reads one line of a file back (for tests and tools). */
  public static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException("not a JSON line: " + line, e);
    }
  }
}
