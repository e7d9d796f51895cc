/** Meant for the API, but put on the package of the web controllers. */
@CrossOrigin(origins = "null") // expect: CORS072; CORS004 at "null"
package com.example.web;

import dev.crosscheck.CrossOrigin;
