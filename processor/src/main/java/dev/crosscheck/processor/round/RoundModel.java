package dev.crosscheck.processor.round;

import dev.crosscheck.processor.jaxrs.ResourceScanner;
import dev.crosscheck.processor.jaxrs.UnmappedLocator;
import dev.crosscheck.processor.policy.GovernedEndpoint;
import dev.crosscheck.processor.policy.PolicyMerger;
import dev.crosscheck.processor.report.Finding;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * The resources of one round, read once ({@link ModelReader}) and handed to every check. It holds
 * the compiler's elements of this round only; nothing of it is kept for the next.
 *
 * @param endpoints every endpoint of the round's root resources, with the policy in force
 * @param unmappedLocators locators whose sub-resource is only known at run time
 * @param locatorTargets locators that may return a subclass of the type they declare
 * @param mapped the policy sites some endpoint is governed from
 * @param placed the round's policy annotations whose placement is checked: not those of classes
 *     read again next round, nor of classes whose model could not be read (reported already)
 * @param deferred root resources that name a type not generated yet, by name, to read next round
 * @param findings what reading found: types that never resolved, malformed templates
 * @param merger the round's policies, merged once; it knows the opt-outs that took effect
 */
public record RoundModel(
    List<GovernedEndpoint> endpoints,
    List<UnmappedLocator> unmappedLocators,
    List<ResourceScanner.LocatorTarget> locatorTargets,
    Set<Element> mapped,
    List<Element> placed,
    List<String> deferred,
    List<Finding> findings,
    PolicyMerger merger) {}
