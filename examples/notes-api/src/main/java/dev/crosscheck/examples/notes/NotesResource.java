package dev.crosscheck.examples.notes;

import dev.crosscheck.CrossOrigin;
import dev.crosscheck.NoCrossOrigin;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The notes: the app's origin (from configuration) may read and write them with JSON and a
 * request id, and read the total count; deleting is for same-origin callers only.
 */
@Path("notes")
@CrossOrigin(
    origins = "${DEMO_APP_ORIGIN:http://localhost:8081}",
    allowedHeaders = {"Content-Type", "X-Request-Id"},
    exposedHeaders = "X-Total-Count",
    maxAge = 600)
@Produces(MediaType.APPLICATION_JSON)
public class NotesResource {

  private final NoteStore store = NoteStore.instance();

  @GET
  public Response list() {
    return Response.ok(JsonText.write(store.all()))
        .header("X-Total-Count", store.all().size())
        .header("X-Served-By", "notes-1") // not exposed: scripts on other origins cannot read it
        .build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(String json) {
    return Response.status(Response.Status.CREATED).entity(JsonText.write(store.add(JsonText.textOf(json)))).build();
  }

  @GET
  @Path("{id: \\d+}")
  public String get(@PathParam("id") long id) {
    return JsonText.write(store.get(id).orElseThrow(NotFoundException::new));
  }

  @PUT
  @Path("{id: \\d+}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(@PathParam("id") long id, @HeaderParam("X-Request-Id") String requestId, String json) {
    if (!store.replace(id, JsonText.textOf(json))) {
      throw new NotFoundException();
    }
    return Response.ok(JsonText.write(store.get(id).orElseThrow())).header("X-Request-Id", requestId).build();
  }

  @DELETE
  @Path("{id: \\d+}")
  @NoCrossOrigin
  public Response delete(@PathParam("id") long id) {
    return store.remove(id) ? Response.noContent().build() : Response.status(Response.Status.NOT_FOUND).build();
  }
}
