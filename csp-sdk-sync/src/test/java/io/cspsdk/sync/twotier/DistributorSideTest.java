package io.cspsdk.sync.twotier;

import static io.cspsdk.sync.twotier.ProductDocument.T0;
import static io.cspsdk.sync.twotier.ProductDocument.X;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.error.ValidationException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class DistributorSideTest {
  private TwoTierMirror mirror;
  private DistributorSide distributor;

  @BeforeEach
  void setUp() {
    mirror = ProductDocument.seeded(new InMemoryMirrorStore());
    mirror.apply(MirrorEvent.subscription(EventKind.CREATED, "s1", 1, T0,
        ProductDocument.subscription(X, "Microsoft 365 Business Basic", 10)));
    distributor = mirror.distributor();
  }

  static Stream<String> lockedAccountFields() {
    return Stream.of("name", "accountingNumber", "email");
  }

  static Stream<String> lockedSubscriptionFields() {
    return Stream.of("status", "startDate", "endDate", "activationDate", "autoRenew", "product", "billingCycle",
        "quantity", "characteristics");
  }

  @ParameterizedTest
  @MethodSource("lockedAccountFields")
  void updateAccount_lockedField_isRefusedNamingTheFieldAndWritesNothing(String field) {
    MirroredAccount before = mirror.account(X).orElseThrow();

    assertThatThrownBy(() -> distributor.updateAccount(X, Map.of(field, "changed", "notes", "also this")))
        .isInstanceOfSatisfying(LockedFieldException.class, e -> {
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.getMessage()).contains(field).contains("locked").contains(X);
        });
    assertThat(mirror.account(X)).contains(before);
  }

  @ParameterizedTest
  @MethodSource("lockedSubscriptionFields")
  void updateSubscription_lockedField_isRefusedNamingTheFieldAndWritesNothing(String field) {
    MirroredSubscription before = mirror.subscription("s1").orElseThrow();

    assertThatThrownBy(() -> distributor.updateSubscription("s1", Map.of(field, "x")))
        .isInstanceOfSatisfying(LockedFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
    assertThat(mirror.subscription("s1")).contains(before);
  }

  @ParameterizedTest
  @EnumSource(SalesOperation.class)
  void requestOperation_anySalesOperation_isRefused(SalesOperation op) {
    MirroredSubscription before = mirror.subscription("s1").orElseThrow();

    assertThatThrownBy(() -> distributor.requestOperation("s1", op))
        .isInstanceOfSatisfying(SalesOperationRefusedException.class, e -> {
          assertThat(e.operation()).isEqualTo(op);
          assertThat(e.getMessage()).contains(op.name()).contains("s1");
        });
    assertThat(mirror.subscription("s1")).contains(before);
  }

  @Test
  void distributorData_fieldsAndAttachments_areKeptAcrossResellerEvents() {
    distributor.updateAccount(X, Map.of("internalReference", "D-42"));
    distributor.attachToAccount(X, AttachmentKind.CONTACT, "Maria, +30 210 000");
    distributor.attachToAccount(X, AttachmentKind.CASE, "Case 7: invoice query");
    distributor.updateSubscription("s1", Map.of("notes", "priority"));
    distributor.attachToSubscription("s1", AttachmentKind.INVOICE, "INV-2026-01-R1");

    mirror.apply(MirrorEvent.account(X, 2, T0, ProductDocument.customer(ProductDocument.LITE, "X Renamed", "A-1")));
    mirror.apply(MirrorEvent.subscription(EventKind.QUANTITY_CHANGED, "s1", 2, T0,
        ProductDocument.subscription(X, "Microsoft 365 Business Basic", 11)));

    MirroredAccount a = mirror.account(X).orElseThrow();
    assertThat(a.state().name()).isEqualTo("X Renamed");
    assertThat(a.localFields()).containsEntry("internalReference", "D-42");
    assertThat(a.attachments()).extracting(Attachment::kind).containsExactly(AttachmentKind.CONTACT,
        AttachmentKind.CASE);
    MirroredSubscription s = mirror.subscription("s1").orElseThrow();
    assertThat(s.state().quantity()).isEqualTo(11);
    assertThat(s.localFields()).containsEntry("notes", "priority");
    assertThat(s.attachments()).singleElement().satisfies(x -> assertThat(x.text()).isEqualTo("INV-2026-01-R1"));
  }

  @Test
  void updateAccount_unknownField_isRefusedNamingIt() {
    assertThatThrownBy(() -> distributor.updateAccount(X, Map.of("colour", "red")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("colour"));
  }

  @Test
  void distributorSide_offersNoWayToSellToAResellersCustomer() {
    String[] selling = {"create", "purchase", "order", "buy", "sell", "add", "checkout"};
    Stream<Method> api = Arrays.stream(DistributorSide.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()));

    assertThat(api.map(Method::getName)).allSatisfy(name ->
        assertThat(Arrays.stream(selling).noneMatch(name.toLowerCase()::startsWith)).as(name).isTrue());
  }
}
