package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;

/** Meant as a sub-resource, but no locator returns it and it has no @Path of its own. */
@CrossOrigin(origins = "https://mail.example.com") // expect: CORS072
public class AttachmentResource {
  @GET
  public String download() {
    return "";
  }

  @DELETE
  public void delete() {}
}
