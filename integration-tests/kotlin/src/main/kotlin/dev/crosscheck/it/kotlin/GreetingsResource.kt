package dev.crosscheck.it.kotlin

import dev.crosscheck.CrossOrigin
import dev.crosscheck.NoCrossOrigin
import jakarta.ws.rs.DELETE
import jakarta.ws.rs.GET
import jakarta.ws.rs.Path
import jakarta.ws.rs.PathParam

/** A resource written in Kotlin: kapt runs the processor on the stubs it writes for it. */
@Path("greetings")
@CrossOrigin(origins = ["https://kotlin.example.com"], allowCredentials = true, exposedHeaders = ["X-Greeting"])
class GreetingsResource {

    @GET
    @Path("{name}")
    fun greet(@PathParam("name") name: String): String = "hello $name"

    @DELETE
    @Path("{name}")
    @NoCrossOrigin
    fun forget(@PathParam("name") name: String): String = "forgot $name"
}
