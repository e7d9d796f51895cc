package dev.crosscheck.examples.notes;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * Cookie-authenticated: only the app's origin, taken from configuration, may send the cookie and
 * read the answer.
 */
@Path("session")
@CrossOrigin(origins = "${DEMO_APP_ORIGIN:http://localhost:8081}", allowCredentials = true, maxAge = 600)
public class SessionResource {

  static final String COOKIE = "notes_session";

  /** Signs in (as the demo user, without a password: the example is about CORS, not login). */
  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public Response signIn() {
    NewCookie cookie = new NewCookie.Builder(COOKIE).value("ada").path("/").httpOnly(true)
        .sameSite(NewCookie.SameSite.LAX).build();
    return Response.ok("{\"user\":\"ada\"}").cookie(cookie).build();
  }

  /** Who is signed in, from the cookie alone. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response me(@CookieParam(COOKIE) String user) {
    if (user == null) {
      return Response.status(Response.Status.UNAUTHORIZED).entity("{\"user\":null}").build();
    }
    return Response.ok("{\"user\":\"" + user + "\"}").build();
  }
}
