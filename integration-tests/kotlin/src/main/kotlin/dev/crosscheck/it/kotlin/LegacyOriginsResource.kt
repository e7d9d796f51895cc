package dev.crosscheck.it.kotlin

import dev.crosscheck.CrossOrigin
import jakarta.ws.rs.GET
import jakarta.ws.rs.Path

/**
 * A redundant origin kept on purpose, its warning (CORS009) silenced the Kotlin way: kapt keeps
 * `@Suppress` on the stub, and the processor reads it as it reads `@SuppressWarnings`.
 */
@Path("legacy")
@Suppress("CORS009")
@CrossOrigin(origins = ["https://cdn.example.com"], originPatterns = ["https://*.example.com"])
class LegacyOriginsResource {
    @GET
    fun get(): String = "legacy"
}
