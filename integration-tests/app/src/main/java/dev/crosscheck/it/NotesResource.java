package dev.crosscheck.it;

import dev.crosscheck.CrossOrigin;
import dev.crosscheck.NoCrossOrigin;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** A credentialed API for one app origin and its subdomains, with literal and regex paths side by side. */
@Path("notes")
@CrossOrigin(
    origins = "https://app.example.com",
    originPatterns = "https://*.example.org",
    allowCredentials = true,
    allowedHeaders = {"Content-Type", "X-Request-Id"},
    exposedHeaders = "X-Total-Count",
    maxAge = 600)
public class NotesResource {

  @GET
  public Response list() {
    return Response.ok("[]").header("X-Total-Count", "2").header("X-Internal", "secret").build();
  }

  @POST
  public String create(String note) {
    return "created";
  }

  @GET
  @Path("search")
  public String search() {
    return "search";
  }

  @GET
  @Path("{id: \\d+}")
  public String get(@PathParam("id") long id) {
    return "note " + id;
  }

  @PUT
  @Path("{id: \\d+}")
  public String update(@PathParam("id") long id, String note) {
    return "updated " + id;
  }

  @DELETE
  @Path("{id: \\d+}")
  @NoCrossOrigin
  public String delete(@PathParam("id") long id) {
    return "deleted " + id;
  }

  @GET
  @Path("cached")
  public Response cached() {
    return Response.ok("cached").header("Vary", "Accept-Encoding").build();
  }

  /** An error the resource answers itself, without a body: servlet containers send it through sendError. */
  @GET
  @Path("gone")
  public Response gone() {
    return Response.status(Response.Status.NOT_FOUND).build();
  }

  @GET
  @Path("private")
  public Response unauthorized() {
    return Response.status(Response.Status.UNAUTHORIZED).header("WWW-Authenticate", "Bearer").build();
  }

  @Path("{id: \\d+}/comments")
  public CommentsResource comments(@PathParam("id") long id) {
    return new CommentsResource();
  }
}
