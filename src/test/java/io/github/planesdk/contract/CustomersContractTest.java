package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.planesdk.model.Customer;
import io.github.planesdk.model.CustomerCreate;
import io.github.planesdk.model.CustomerPage;
import io.github.planesdk.model.CustomerProperty;
import io.github.planesdk.model.CustomerPropertyCreate;
import io.github.planesdk.model.CustomerPropertyPage;
import io.github.planesdk.model.CustomerPropertyRelationType;
import io.github.planesdk.model.CustomerPropertyType;
import io.github.planesdk.model.CustomerPropertyUpdate;
import io.github.planesdk.model.CustomerPropertyValuesUpdate;
import io.github.planesdk.model.CustomerRequest;
import io.github.planesdk.model.CustomerRequestCreate;
import io.github.planesdk.model.CustomerRequestUpdate;
import io.github.planesdk.model.CustomerUpdate;
import io.github.planesdk.model.CustomerWorkItemIds;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

/** Customers, their requests, customer properties and values, and linked work items. */
class CustomersContractTest extends ContractTestBase {
  private static final UUID CUSTOMER_ID = UUID.fromString("368fca96-d182-4e2c-80ca-b29b31bb4736");
  private static final UUID REQUEST_ID = UUID.fromString("ee3846ba-cea5-4337-815a-c502ce239dae");
  private static final UUID PROPERTY_ID = UUID.fromString("99c02484-eb7d-424e-b56f-496321b5c06d");
  private static final UUID WORK_ITEM_ID = UUID.fromString("776ccf9d-0686-4885-bc4a-9b00ae680a4e");

  // --- customers

  @Test
  @Covers("listCustomers")
  void listCustomers() {
    CustomerPage page = plane.customers().listCustomers(SLUG).cursor("20:0:0").perPage(20).execute();

    assertFalse(page.getNextPageResults());
    assertEquals("20:1:0", page.getNextCursor());
    assertEquals(1, page.getResults().size());
    Customer customer = page.getResults().get(0);
    assertEquals(CUSTOMER_ID, customer.getId());
    assertEquals("Acme Corporation", customer.getName());
    assertNull(customer.getEmail());
  }

  @Test
  @Covers("createCustomer")
  void createCustomer() {
    Customer created =
        plane
            .customers()
            .createCustomer(
                SLUG,
                new CustomerCreate()
                    .name("Acme Corporation")
                    .email("contact@acme.example.com")
                    .descriptionHtml("<p>Enterprise customer since 2024</p>")
                    .websiteUrl("https://acme.example.com")
                    .domain("acme.example.com")
                    .employees(1200)
                    .stage("Customer")
                    .contractStatus("Active")
                    .revenue("250000"))
            .execute();

    assertDocumentedCustomer(created);
    assertEquals(1200, created.getEmployees());
    assertNull(created.getUpdatedBy());
  }

  @Test
  @Covers("getCustomer")
  void getCustomer() {
    Response<Customer> response =
        plane.customers().getCustomer(SLUG, CUSTOMER_ID).executeForResponse();

    assertEquals(200, response.code());
    assertDocumentedCustomer(response.body());
  }

  @Test
  @Covers("updateCustomer")
  void updateCustomer() {
    Customer updated =
        plane
            .customers()
            .updateCustomer(SLUG, CUSTOMER_ID, new CustomerUpdate().contractStatus("Active"))
            .execute();

    assertDocumentedCustomer(updated);
    assertEquals("Active", updated.getContractStatus());
  }

  @Test
  @Covers("deleteCustomer")
  void deleteCustomer() {
    assertEquals(
        204, plane.customers().deleteCustomer(SLUG, CUSTOMER_ID).executeForResponse().code());
  }

  // --- customer work items

  @Test
  @Covers("listCustomerWorkItems")
  void listCustomerWorkItems() {
    Map<String, Object> body = plane.customers().listCustomerWorkItems(SLUG, CUSTOMER_ID).execute();

    assertEquals("Customer issues retrieved successfully", body.get("detail"));
  }

  @Test
  @Covers("linkWorkItemsToCustomer")
  void linkWorkItemsToCustomer() {
    Response<Map<String, Object>> response =
        plane
            .customers()
            .linkWorkItemsToCustomer(
                SLUG, CUSTOMER_ID, new CustomerWorkItemIds().issueIds(List.of(WORK_ITEM_ID)))
            .executeForResponse();

    assertEquals(201, response.code());
    assertEquals("Issues linked successfully", response.body().get("detail"));
  }

  @Test
  @Covers("unlinkWorkItemFromCustomer")
  void unlinkWorkItemFromCustomer() {
    assertEquals(
        204,
        plane
            .customers()
            .unlinkWorkItemFromCustomer(SLUG, CUSTOMER_ID, WORK_ITEM_ID)
            .executeForResponse()
            .code());
  }

  // --- customer requests

  @Test
  @Covers("listCustomerRequests")
  void listCustomerRequests() {
    List<CustomerRequest> requests =
        plane.customerRequests().listCustomerRequests(SLUG, CUSTOMER_ID).execute();

    assertEquals(1, requests.size());
    assertDocumentedRequest(requests.get(0));
  }

  @Test
  @Covers("createCustomerRequest")
  void createCustomerRequest() {
    CustomerRequest created =
        plane
            .customerRequests()
            .createCustomerRequest(
                SLUG,
                CUSTOMER_ID,
                new CustomerRequestCreate()
                    .name("SSO for contractor accounts")
                    .descriptionHtml("<p>Contractors need SAML sign-in.</p>")
                    .link("https://support.acme.example.com/tickets/4821")
                    .workItemIds(List.of(WORK_ITEM_ID)))
            .execute();

    assertDocumentedRequest(created);
  }

  @Test
  @Covers("getCustomerRequest")
  void getCustomerRequest() {
    CustomerRequest request =
        plane.customerRequests().getCustomerRequest(SLUG, CUSTOMER_ID, REQUEST_ID).execute();

    assertDocumentedRequest(request);
  }

  @Test
  @Covers("updateCustomerRequest")
  void updateCustomerRequest() {
    CustomerRequest updated =
        plane
            .customerRequests()
            .updateCustomerRequest(
                SLUG,
                CUSTOMER_ID,
                REQUEST_ID,
                new CustomerRequestUpdate().link("https://support.acme.example.com/tickets/4821"))
            .execute();

    assertDocumentedRequest(updated);
  }

  @Test
  @Covers("deleteCustomerRequest")
  void deleteCustomerRequest() {
    assertEquals(
        204,
        plane
            .customerRequests()
            .deleteCustomerRequest(SLUG, CUSTOMER_ID, REQUEST_ID)
            .executeForResponse()
            .code());
  }

  // --- customer properties and values

  @Test
  @Covers("listCustomerProperties")
  void listCustomerProperties() {
    CustomerPropertyPage page =
        plane.customerProperties().listCustomerProperties(SLUG).execute();

    assertEquals(1, page.getTotalResults());
    CustomerProperty property = page.getResults().get(0);
    assertEquals(PROPERTY_ID, property.getId());
    assertEquals("account_manager", property.getName());
    assertNull(property.getPropertyType());
  }

  @Test
  @Covers("createCustomerProperty")
  void createCustomerProperty() {
    CustomerProperty created =
        plane
            .customerProperties()
            .createCustomerProperty(
                SLUG,
                new CustomerPropertyCreate()
                    .displayName("Account manager")
                    .description("Who owns the relationship")
                    .propertyType(CustomerPropertyType.RELATION)
                    .relationType(CustomerPropertyRelationType.USER)
                    .isRequired(false))
            .execute();

    assertDocumentedProperty(created);
    assertFalse(created.getIsRequired());
  }

  @Test
  @Covers("getCustomerProperty")
  void getCustomerProperty() {
    assertDocumentedProperty(
        plane.customerProperties().getCustomerProperty(SLUG, PROPERTY_ID).execute());
  }

  @Test
  @Covers("updateCustomerProperty")
  void updateCustomerProperty() {
    CustomerProperty updated =
        plane
            .customerProperties()
            .updateCustomerProperty(
                SLUG,
                PROPERTY_ID,
                new CustomerPropertyUpdate().description("Who owns the relationship"))
            .execute();

    assertDocumentedProperty(updated);
    assertEquals("Who owns the relationship", updated.getDescription());
  }

  @Test
  @Covers("deleteCustomerProperty")
  void deleteCustomerProperty() {
    assertEquals(
        204,
        plane
            .customerProperties()
            .deleteCustomerProperty(SLUG, PROPERTY_ID)
            .executeForResponse()
            .code());
  }

  @Test
  @Covers("listCustomerPropertyValues")
  void listCustomerPropertyValues() {
    Map<String, Object> body =
        plane.customerProperties().listCustomerPropertyValues(SLUG, CUSTOMER_ID).execute();

    assertEquals("Customer property values retrieved successfully", body.get("detail"));
  }

  @Test
  @Covers("getCustomerPropertyValue")
  void getCustomerPropertyValue() {
    Map<String, Object> body =
        plane
            .customerProperties()
            .getCustomerPropertyValue(SLUG, CUSTOMER_ID, PROPERTY_ID)
            .execute();

    assertEquals("Property values retrieved successfully", body.get("detail"));
  }

  @Test
  @Covers("updateCustomerPropertyValue")
  void updateCustomerPropertyValue() {
    Response<Void> response =
        plane
            .customerProperties()
            .updateCustomerPropertyValue(
                SLUG,
                CUSTOMER_ID,
                PROPERTY_ID,
                new CustomerPropertyValuesUpdate().values(List.of(USER_ID.toString())))
            .executeForResponse();

    assertEquals(204, response.code());
    assertNull(response.body());
  }

  private static void assertDocumentedCustomer(Customer c) {
    assertEquals(CUSTOMER_ID, c.getId());
    assertEquals("Acme Corporation", c.getName());
    assertEquals("contact@acme.example.com", c.getEmail());
    assertEquals("Enterprise customer since 2024", c.getDescriptionStripped());
    assertEquals("doc", ((Map<?, ?>) c.getDescription()).get("type"));
    assertEquals(Map.of(), c.getLogoProps());
    assertNull(c.getLogoUrl());
    assertEquals(2, c.getCustomerRequestCount());
    assertEquals(WORKSPACE_ID, c.getWorkspace());
    assertEquals(OffsetDateTime.parse("2026-11-19T11:56:55.176802Z"), c.getCreatedAt());
    assertNull(c.getDeletedAt());
  }

  private static void assertDocumentedRequest(CustomerRequest r) {
    assertEquals(REQUEST_ID, r.getId());
    assertEquals("SSO for contractor accounts", r.getName());
    assertEquals("<p>Contractors need SAML sign-in.</p>", r.getDescriptionHtml());
    assertEquals("https://support.acme.example.com/tickets/4821", r.getLink());
  }

  private static void assertDocumentedProperty(CustomerProperty p) {
    assertEquals(PROPERTY_ID, p.getId());
    assertEquals("account_manager", p.getName());
    assertEquals("Account manager", p.getDisplayName());
    assertEquals(CustomerPropertyType.RELATION, p.getPropertyType());
    assertEquals(CustomerPropertyRelationType.USER, p.getRelationType());
    assertEquals(10000.0, p.getSortOrder());
  }
}
