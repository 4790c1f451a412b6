package io.cspsdk.sync.store;

import io.cspsdk.sync.job.ItemFailure;
import io.cspsdk.sync.job.Lease;
import io.cspsdk.sync.job.LeaseLostException;
import io.cspsdk.sync.job.LeaseRefusedException;
import io.cspsdk.sync.job.RunId;
import io.cspsdk.sync.job.RunRecord;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;

/**
 * A job store in a directory: one folder per job holding the lease, the checkpoint, one file per run and one per
 * partition. Every file is written to a temporary file, forced to disk and atomically renamed over the old one, so a
 * crash leaves either the old or the new content, never a mix; every file carries a checksum, so a damaged one gives
 * a {@link CorruptCheckpointException}. A lock file serialises lease changes and commits between processes sharing
 * the directory. A commit writes the partitions first and the checkpoint last.
 */
public final class FileJobStore implements JobStore {
  private static final int VERSION = 1;
  private static final ConcurrentMap<Path, Object> MONITORS = new ConcurrentHashMap<>();
  private final Path root;
  private final Clock clock;

  /** In {@code root} (created when missing), on the system clock. */
  public FileJobStore(Path root) {
    this(root, Clock.systemUTC());
  }

  /** In {@code root}, on the given clock (lease expiry). */
  public FileJobStore(Path root, Clock clock) {
    this.root = Objects.requireNonNull(root, "root");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Lease acquireLease(String jobKey, String owner, Duration ttl) {
    return locked(jobKey, () -> {
      Optional<Lease> current = readLease(jobKey);
      if (current.isPresent() && !current.get().owner().equals(owner) && current.get().isLiveAt(clock.instant())) {
        throw new LeaseRefusedException(jobKey, current.get().owner(), current.get().expiresAt());
      }
      return writeLease(new Lease(jobKey, owner, clock.instant().plus(ttl)));
    });
  }

  @Override
  public Lease renewLease(Lease lease, Duration ttl) {
    return locked(lease.jobKey(), () -> {
      requireHeld(lease);
      return writeLease(new Lease(lease.jobKey(), lease.owner(), clock.instant().plus(ttl)));
    });
  }

  @Override
  public void releaseLease(Lease lease) {
    locked(lease.jobKey(), () -> {
      Optional<Lease> current = readLease(lease.jobKey());
      if (current.isPresent() && current.get().owner().equals(lease.owner())) {
        Files.deleteIfExists(jobDir(lease.jobKey()).resolve("lease"));
      }
      return null;
    });
  }

  @Override
  public void commit(Lease lease, Commit commit) {
    locked(lease.jobKey(), () -> {
      requireHeld(lease);
      Path dir = jobDir(lease.jobKey());
      for (PartitionState p : commit.partitions()) {
        write(dir.resolve("partitions").resolve(name(p.partitionId())), Records.encode("partition", VERSION,
            Records.partition(p)));
      }
      for (String removed : commit.removedPartitions()) {
        Files.deleteIfExists(dir.resolve("partitions").resolve(name(removed)));
      }
      write(dir.resolve("runs").resolve(name(commit.run().runId().value())),
          Records.encode("run", VERSION, Records.run(commit.run())));
      if (commit.checkpoint().isPresent()) {
        Checkpoint c = commit.checkpoint().get();
        write(dir.resolve("checkpoint"), Records.encode("checkpoint", c.formatVersion(), Records.checkpoint(c)));
      }
      if (!commit.failures().isEmpty()) {
        Path failures = dir.resolve("failures").resolve(name(commit.run().runId().value()));
        Files.createDirectories(failures);
        int next = list(failures).size();
        for (ItemFailure f : commit.failures()) {
          // one file per failure, numbered in commit order: a crash leaves the earlier ones whole
          write(failures.resolve(String.format(java.util.Locale.ROOT, "%010d", next++)),
              Records.encode("failure", VERSION, Records.failure(f)));
        }
      }
      return null;
    });
  }

  @Override
  public List<ItemFailure> failures(String jobKey, RunId runId) {
    List<ItemFailure> out = new ArrayList<>();
    for (Path f : list(jobDir(jobKey).resolve("failures").resolve(name(runId.value())))) {
      read(f).ifPresent(text -> out.add(Records.failure(Records.decode("failure", VERSION, text, f.toString()),
          f.toString())));
    }
    return out;
  }

  @Override
  public Optional<RunRecord> latestRun(String jobKey) {
    return history(jobKey).stream().findFirst();
  }

  @Override
  public List<RunRecord> history(String jobKey) {
    List<RunRecord> out = new ArrayList<>();
    for (Path f : list(jobDir(jobKey).resolve("runs"))) {
      read(f).ifPresent(text -> out.add(Records.run(Records.decode("run", VERSION, text, f.toString()),
          f.toString())));
    }
    out.sort(Comparator.comparing(RunRecord::startedAt).reversed());
    return out;
  }

  @Override
  public Optional<Checkpoint> checkpoint(String jobKey) {
    Path f = jobDir(jobKey).resolve("checkpoint");
    return read(f).map(text -> Records.checkpoint(Checkpoint.CURRENT_FORMAT,
        Records.decode("checkpoint", Checkpoint.CURRENT_FORMAT, text, f.toString()), f.toString()));
  }

  @Override
  public Optional<PartitionState> partition(String jobKey, String partitionId) {
    Path f = jobDir(jobKey).resolve("partitions").resolve(name(partitionId));
    return read(f).map(text -> Records.partition(Records.decode("partition", VERSION, text, f.toString()),
        f.toString()));
  }

  @Override
  public List<String> partitionIds(String jobKey) {
    List<String> out = new ArrayList<>();
    for (Path f : list(jobDir(jobKey).resolve("partitions"))) {
      out.add(URLDecoder.decode(f.getFileName().toString(), StandardCharsets.UTF_8));
    }
    return out;
  }

  private Optional<Lease> readLease(String jobKey) {
    Path f = jobDir(jobKey).resolve("lease");
    return read(f).map(text -> {
      Map<String, String> m = Records.decode("lease", VERSION, text, f.toString());
      return new Lease(jobKey, Records.required(m, "owner", f.toString()),
          Instant.parse(Records.required(m, "expiresAt", f.toString())));
    });
  }

  private Lease writeLease(Lease lease) throws IOException {
    write(jobDir(lease.jobKey()).resolve("lease"), Records.encode("lease", VERSION,
        Map.of("owner", lease.owner(), "expiresAt", lease.expiresAt().toString())));
    return lease;
  }

  private void requireHeld(Lease lease) {
    Optional<Lease> current = readLease(lease.jobKey());
    if (current.isEmpty() || !current.get().owner().equals(lease.owner())) {
      throw new LeaseLostException(lease.jobKey(), lease.owner());
    }
  }

  private Path jobDir(String jobKey) {
    return root.resolve(name(jobKey));
  }

  private static String name(String id) {
    String n = URLEncoder.encode(id, StandardCharsets.UTF_8);
    return n.startsWith(".") ? "%2E" + n.substring(1) : n;
  }

  private interface Io<T> {
    T run() throws IOException;
  }

  private <T> T locked(String jobKey, Io<T> action) {
    Path dir = jobDir(jobKey);
    // a file lock is held per process; threads of this process (even of two stores) queue on one monitor first
    Object monitor = MONITORS.computeIfAbsent(dir.toAbsolutePath().normalize(), k -> new Object());
    try {
      synchronized (monitor) {
        Files.createDirectories(dir.resolve("runs"));
        Files.createDirectories(dir.resolve("partitions"));
        try (FileChannel ch = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
            StandardOpenOption.WRITE)) {
          FileLock lock = ch.lock(); // released when the channel closes
          try {
            return action.run();
          } finally {
            lock.release();
          }
        }
      }
    } catch (IOException e) {
      throw new StoreException("file store " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void write(Path target, String content) throws IOException {
    Path tmp = target.resolveSibling(".tmp-" + target.getFileName());
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buf = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    }
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system of " + target + " cannot rename atomically", e);
    }
  }

  private static Optional<String> read(Path f) {
    try {
      return Optional.of(Files.readString(f, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (java.nio.charset.MalformedInputException e) {
      throw new CorruptCheckpointException(f.toString(), "not valid UTF-8 text");
    } catch (IOException e) {
      throw new StoreException("file store: cannot read " + f + ": " + e.getMessage(), e);
    }
  }

  private static List<Path> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException e) {
      throw new StoreException("file store: cannot list " + dir + ": " + e.getMessage(), e);
    }
  }
}
