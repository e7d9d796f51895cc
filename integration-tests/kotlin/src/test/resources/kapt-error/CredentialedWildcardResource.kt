package dev.crosscheck.it.kotlin.error

import dev.crosscheck.CrossOrigin
import jakarta.ws.rs.GET
import jakarta.ws.rs.Path

/** A policy the build must refuse: any origin, with credentials. */
@Path("account")
@CrossOrigin(
    origins = ["*"],
    allowCredentials = true,
)
class CredentialedWildcardResource {
    @GET
    fun get(): String = "account"
}
