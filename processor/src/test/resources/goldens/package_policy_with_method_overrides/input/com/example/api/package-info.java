/** Every resource of the API answers the web app and the admin console, with their session cookie. */
@CrossOrigin(
    origins = {"https://app.example.com", "https://admin.example.com"},
    allowCredentials = true,
    allowedHeaders = {"Authorization", "Content-Type"},
    maxAge = 3600)
package com.example.api;

import dev.crosscheck.CrossOrigin;
