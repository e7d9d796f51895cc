package com.example.catalog;

import dev.crosscheck.CrossOrigin;
import dev.crosscheck.NoCrossOrigin;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** The product catalogue, shared with the shop front ends; deleting a product stays same-origin. */
@Path("/products")
@CrossOrigin(
    origins = {"https://shop.example.com", "https://m.shop.example.com"},
    allowedHeaders = "Content-Type",
    exposedHeaders = "ETag")
public class ProductsResource {

  @GET
  public String search(@QueryParam("q") String query) {
    return "[]";
  }

  @GET
  @Path("featured")
  public String featured() {
    return "[]";
  }

  @GET
  @Path("{sku: [A-Z]{3}-\\d{4}}")
  public String get(@PathParam("sku") String sku) {
    return "{}";
  }

  @PUT
  @Path("{sku: [A-Z]{3}-\\d{4}}")
  public void update(@PathParam("sku") String sku, String product) {}

  @DELETE
  @Path("{sku: [A-Z]{3}-\\d{4}}")
  @NoCrossOrigin
  public void delete(@PathParam("sku") String sku) {}
}
