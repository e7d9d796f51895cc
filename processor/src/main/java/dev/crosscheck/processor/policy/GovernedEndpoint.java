package dev.crosscheck.processor.policy;

import dev.crosscheck.processor.jaxrs.Endpoint;
import java.util.Optional;

/** An endpoint and the policy in force for it, if any: one row of the table the filter is generated from. */
public record GovernedEndpoint(Endpoint endpoint, Optional<MergedPolicy> policy) {}
