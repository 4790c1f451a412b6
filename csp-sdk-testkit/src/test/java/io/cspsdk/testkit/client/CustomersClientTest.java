package io.cspsdk.testkit.client;

import static io.cspsdk.testkit.FakeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.customers.CustomerFilter;
import io.cspsdk.core.error.BadRequestException;
import io.cspsdk.core.error.ConflictException;
import io.cspsdk.core.error.NotFoundException;
import io.cspsdk.core.error.PreconditionFailedException;
import io.cspsdk.core.model.Address;
import io.cspsdk.core.model.BillingProfile;
import io.cspsdk.core.model.CompanyProfile;
import io.cspsdk.core.model.Customer;
import io.cspsdk.core.model.NewCustomer;
import io.cspsdk.core.model.Product;
import io.cspsdk.core.model.TargetSegment;
import io.cspsdk.core.model.TargetView;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class CustomersClientTest extends ClientFixture {

  static NewCustomer newCustomer(String domain) {
    return NewCustomer.builder()
        .companyProfile(CompanyProfile.builder().domain(domain).build())
        .billingProfile(BillingProfile.builder().companyName("NewCo").email("ap@newco.example").culture("en-US")
            .language("en").firstName("Ada").lastName("Lovelace")
            .defaultAddress(Address.builder().country("US").city("Redmond").state("WA").addressLine1("1 Main St")
                .postalCode("98052").build())
            .build())
        .build();
  }

  @Test
  void list_hundredsOfCustomers_followsEveryPage() {
    fake.seed().customers(310);
    List<Customer> all = StreamSupport.stream(pc.customers().list().spliterator(), false).toList();
    assertThat(all).hasSize(310);
    assertThat(all).extracting(Customer::id).doesNotHaveDuplicates();
    assertThat(fake).received("GET", "/customers").times(13)
        .and().received("GET", "/customers").atLeast(12);
    assertThat(fake.requests().get(1).header("MS-ContinuationToken")).isPresent();
  }

  @Test
  void list_filteredByCompanyName_returnsMatches() {
    fake.seed().customer("Contoso East").customer("Contoso West").customer("Fabrikam");
    List<Customer> found = StreamSupport.stream(
        pc.customers().list(CustomerFilter.companyNameStartsWith("Contoso")).spliterator(), false).toList();
    assertThat(found).extracting(c -> c.companyProfile().orElseThrow().companyName().orElseThrow())
        .containsExactly("Contoso East", "Contoso West");
  }

  @Test
  void getCreateDelete_roundTrip() {
    Customer created = pc.customers().create(newCustomer("newco.onmicrosoft.com"));
    assertThat(created.id()).isNotBlank();
    assertThat(created.userCredentials()).isPresent();
    Customer read = pc.customers().get(created.id());
    assertThat(read.companyProfile().orElseThrow().domain()).contains("newco.onmicrosoft.com");
    assertThat(pc.domains().isAvailable("newco.onmicrosoft.com")).isFalse();
    assertThat(pc.domains().isAvailable("other.onmicrosoft.com")).isTrue();
    pc.customers().delete(created.id());
    assertThatThrownBy(() -> pc.customers().get(created.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void create_domainTaken_failsWithConflict() {
    fake.seed().customer("Taken", "taken.onmicrosoft.com");
    assertThatThrownBy(() -> pc.customers().create(newCustomer("taken.onmicrosoft.com")))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void create_withoutAddress_failsWith400NamingTheField() {
    NewCustomer.Builder noAddress = NewCustomer.builder()
        .companyProfile(CompanyProfile.builder().domain("noaddr.onmicrosoft.com").build())
        .billingProfile(BillingProfile.builder().companyName("No Address").email("x@y.example").build());
    try {
      pc.customers().create(noAddress.build());
    } catch (io.cspsdk.core.error.ValidationException e) {
      // the client validated first: equally acceptable, nothing was sent
      assertThat(fake).receivedNo("POST", "/customers");
      return;
    } catch (BadRequestException e) {
      assertThat(e.getMessage()).contains("defaultAddress");
      return;
    }
    throw new AssertionError("expected the creation to fail");
  }

  @Test
  void create_sameRequestIdTwice_createsOnce() {
    RequestOptions once = RequestOptions.builder().requestId("7d3c2a55-5f1e-4c9a-9a61-0f3b8e0c1a77").build();
    Customer a = pc.customers().create(newCustomer("once.onmicrosoft.com"), once);
    Customer b = pc.customers().create(newCustomer("once.onmicrosoft.com"), once);
    assertThat(b.id()).isEqualTo(a.id());
    assertThat(pc.customers().list()).hasSize(1);
  }

  @Test
  void billingProfile_updateWithStaleEtag_fails412ThenSucceedsFresh() {
    String id = fake.seed().customer("Contoso").lastCustomerId();
    BillingProfile profile = pc.customers().billingProfile(id);
    BillingProfile updated = pc.customers().updateBillingProfile(id, profile.toBuilder().firstName("Grace").build());
    assertThat(updated.firstName()).contains("Grace");
    assertThatThrownBy(() -> pc.customers().updateBillingProfile(id, profile.toBuilder().firstName("Old").build()))
        .isInstanceOf(PreconditionFailedException.class);
    assertThat(pc.customers().companyProfile(id).domain()).contains("contoso.onmicrosoft.com");
    assertThat(pc.customers().relationshipRequest().url()).isPresent();
  }

  @Test
  void catalog_productsSkusAvailabilities_readThroughClient() {
    List<Product> products = StreamSupport.stream(
        pc.catalog().products("US", TargetView.ONLINE_SERVICES).spliterator(), false).toList();
    assertThat(products).hasSizeGreaterThanOrEqualTo(12);
    var skus = pc.catalog().skus("CFQ7TTC0LH18", "US");
    assertThat(skus).isNotEmpty();
    var av = pc.catalog().availabilities("CFQ7TTC0LH18", "0001", "US");
    assertThat(av.iterator().next().catalogItemId()).isPresent();
    assertThat(pc.catalog().offers("US")).isNotEmpty();
    assertThatThrownBy(() -> pc.catalog().skus("NOPE", "US").iterator().next())
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void catalog_typedSegment_isSentAndReadBackTyped() {
    var av = pc.catalog().availabilities("CFQ7TTC0LH18", "0001", "US", TargetSegment.EDUCATION,
        RequestOptions.none());
    assertThat(av.iterator().next().segment()).contains(TargetSegment.EDUCATION);
    assertThat(fake.requests()).anySatisfy(r -> assertThat(r.query()).contains("targetSegment=education"));
    assertThat(pc.catalog().products("US", TargetView.ONLINE_SERVICES, TargetSegment.COMMERCIAL,
        RequestOptions.none())).isNotEmpty();
  }
}
