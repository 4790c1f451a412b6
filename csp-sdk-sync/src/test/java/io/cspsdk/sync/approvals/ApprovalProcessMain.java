package io.cspsdk.sync.approvals;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.auth.PartnerCredentials;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A separate process that approves one request against the fake and dies (halts, no shutdown hooks) at a chosen
 * point: {@code after-approval} (approval stored, nothing sent), {@code after-cart} (cart created, its id not yet
 * stored) or {@code after-checkout} (order placed, not yet recorded). Arguments: endpoint, H2 file, request id,
 * crash point, the instant the process's clock stands at.
 */
public final class ApprovalProcessMain {
  static final int CRASHED = 42;

  private ApprovalProcessMain() {}

  public static void main(String[] args) {
    String endpoint = args[0];
    DataSource db = h2File(Path.of(args[1]));
    String id = args[2];
    String crashPoint = args[3];
    Clock clock = Clock.fixed(Instant.parse(args[4]), ZoneOffset.UTC);
    PurchaseRequestStore store = new CrashingStore(new JdbcPurchaseRequestStore(db), crashPoint);
    try (PartnerCenterClient pc = PartnerCenterClient.builder().endpoint(endpoint)
        .credential(PartnerCredentials.staticToken("child-token")).build()) {
      PurchaseApprovals approvals = PurchaseApprovals.builder(pc, store).policy(ApprovalPolicy.holdAll())
          .clock(clock).requoter(new Shop(clock).requoter()).build();
      approvals.approve(id, "anna@reseller.example");
    }
    System.exit(0); // the crash point was never reached
  }

  /** A file database whose commits are on disk when the process dies, and whose lock dies with the process. */
  static DataSource h2File(Path file) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + file.toAbsolutePath() + ";FILE_LOCK=FS;WRITE_DELAY=0");
    return ds;
  }

  /** The real JDBC store, with the process halting instead of writing at the crash point. */
  private record CrashingStore(PurchaseRequestStore store, String crashPoint) implements PurchaseRequestStore {
    @Override
    public TrackedRequest update(TrackedRequest next) {
      TrackedRequest current = store.find(next.id()).orElseThrow();
      boolean crash = switch (crashPoint) {
        case "after-approval" -> next.state() == RequestState.EXECUTING && current.state() == RequestState.APPROVED;
        case "after-cart" -> next.cartId().isPresent() && current.cartId().isEmpty();
        case "after-checkout" -> next.state() == RequestState.COMPLETED;
        default -> throw new IllegalArgumentException("crash point " + crashPoint);
      };
      if (crash) {
        Runtime.getRuntime().halt(CRASHED);
      }
      return store.update(next);
    }

    @Override
    public TrackedRequest insert(TrackedRequest request) {
      return store.insert(request);
    }

    @Override
    public Optional<TrackedRequest> find(String id) {
      return store.find(id);
    }

    @Override
    public List<TrackedRequest> list(Set<RequestState> states) {
      return store.list(states);
    }
  }
}
