/** One policy for every API version below this package. */
@CrossOrigin(origins = "https://app.example.com", allowedHeaders = "Content-Type")
package com.example.api;

import dev.crosscheck.CrossOrigin;
