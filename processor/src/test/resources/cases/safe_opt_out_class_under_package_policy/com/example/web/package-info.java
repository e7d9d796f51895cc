/** The whole web API is shared with the front end. */
@CrossOrigin(origins = "https://www.example.com", allowCredentials = true)
package com.example.web;

import dev.crosscheck.CrossOrigin;
