/** Shared settings for the shop API, but no origin: nothing is ever allowed. */
@CrossOrigin(allowedHeaders = {"Authorization", "Content-Type"}, maxAge = 3600) // expect: CORS001
package com.example.shop;

import dev.crosscheck.CrossOrigin;
