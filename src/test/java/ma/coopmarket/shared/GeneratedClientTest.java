package ma.coopmarket.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import ma.coopmarket.client.ApiClient;
import ma.coopmarket.client.ApiException;
import ma.coopmarket.client.api.CooperativesApi;
import ma.coopmarket.client.api.ProductsApi;
import ma.coopmarket.client.api.ReferenceDataApi;
import ma.coopmarket.client.api.SyncApi;
import ma.coopmarket.client.model.Cooperative;
import ma.coopmarket.client.model.CooperativeFields;
import ma.coopmarket.client.model.LegalForm;
import ma.coopmarket.client.model.Product;
import ma.coopmarket.client.model.ProductChange;
import ma.coopmarket.client.model.ProductFields;
import ma.coopmarket.client.model.ProductLabel;
import ma.coopmarket.client.model.Unit;
import ma.coopmarket.support.TestData;

/** The Java client generated from openapi.yaml at build time talks to the running app. */
@QuarkusTest
class GeneratedClientTest {

    @TestHTTPResource("/")
    URI base;

    private ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        String token = TestData.adminToken();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void generatedClientCreatesAndReadsThroughTheContract() throws Exception {
        assertEquals(12, new ReferenceDataApi(client()).listRegions().size());

        String token = TestData.token();
        CooperativesApi cooperatives = new CooperativesApi(client());
        Cooperative created = cooperatives.createCooperative(new CooperativeFields()
                .nameFr("Coopérative " + token).nameAr("تعاونية " + token)
                .registrationNumber("GEN-" + token).legalForm(LegalForm.COOPERATIVE)
                .regionCode("MA-07").city("Essaouira").sectorCode("AGRICULTURE").womenCooperative(true));
        assertEquals("تعاونية " + token, cooperatives.getCooperative(
                CooperativesApi.APIGetCooperativeRequest.newBuilder().id(created.getId()).build()).getNameAr());

        ProductsApi products = new ProductsApi(client());
        Product product = products.createProduct(created.getId(), new ProductFields()
                .sku("GEN-1").nameFr("Amlou " + token).categoryCode("AMLOU").price(new BigDecimal("65.50"))
                .unit(Unit.G).unitQuantity(new BigDecimal("250")).stock(12).labels(List.of(ProductLabel.HANDMADE)));
        assertEquals(new BigDecimal("65.50"), product.getPrice());
        assertTrue(products.listProducts(ProductsApi.APIListProductsRequest.newBuilder().cooperativeId(created.getId()).build()).getItems().stream().anyMatch(p -> p.getId().equals(product.getId())));

        ApiException missing = assertThrows(ApiException.class, () -> cooperatives.getCooperative(
                CooperativesApi.APIGetCooperativeRequest.newBuilder().id("missing").build()));
        assertEquals(404, missing.getCode());

        var changes = new SyncApi(client()).listProductChanges(
                SyncApi.APIListProductChangesRequest.newBuilder().cooperativeId(created.getId()).build());
        assertEquals(List.of(product.getId()), changes.getItems().stream().map(ProductChange::getId).toList());
        assertEquals(false, changes.getHasMore());
    }
}
