package dev.crosscheck.processor.round;

import com.sun.source.util.Trees;
import dev.crosscheck.processor.check.HandWrittenCorsCheck;
import dev.crosscheck.processor.check.PlacementCheck;
import dev.crosscheck.processor.check.OriginSourceCheck;
import dev.crosscheck.processor.check.PolicyValueCheck;
import dev.crosscheck.processor.check.PolymorphicLocatorCheck;
import dev.crosscheck.processor.check.QuarkusApplicationCheck;
import dev.crosscheck.processor.check.RouteConflictCheck;
import dev.crosscheck.processor.generate.ClassPathFacts;
import dev.crosscheck.processor.jaxrs.ResourceScanner;
import dev.crosscheck.processor.jaxrs.UnmappedLocator;
import dev.crosscheck.processor.policy.GovernedEndpoint;
import dev.crosscheck.processor.policy.PolicyMerger;
import dev.crosscheck.processor.report.Finding;
import dev.crosscheck.runtime.internal.rules.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The steps of one round, in order: read the round's resources into a model, then run each check
 * on it. Every check returns its findings; none reads what another printed or changed. What is
 * kept from one round to the next is names and values only: the route claims of the conflict
 * check, the application classes, the verdicts of the rulebook, the types found whole.
 */
public final class RoundChecks {

  /** A round's endpoints (this round's elements), the root resources read again next round, and every finding. */
  public record Outcome(List<GovernedEndpoint> endpoints, List<String> deferred, List<Finding> findings) {}

  private final ModelReader reader;
  private final PolicyValueCheck values = new PolicyValueCheck();
  private final OriginSourceCheck sources = new OriginSourceCheck();
  private final RouteConflictCheck conflicts;
  private final PolymorphicLocatorCheck polymorphic;
  private final PlacementCheck placement;
  private final QuarkusApplicationCheck quarkus;
  private final HandWrittenCorsCheck handWritten;
  private final boolean quarkusRest;

  /** @param trees javac's trees, or null where the compiler has none */
  public RoundChecks(Elements elements, Types types, Trees trees) {
    ResourceScanner scanner = new ResourceScanner(elements, types, PolicyMerger::carriesPolicy);
    this.reader = new ModelReader(scanner);
    this.conflicts = new RouteConflictCheck(elements, types);
    this.polymorphic = new PolymorphicLocatorCheck(scanner, types);
    this.placement = new PlacementCheck(scanner);
    this.quarkus = new QuarkusApplicationCheck(elements, types, trees);
    this.handWritten = new HandWrittenCorsCheck(elements, types, trees);
    this.quarkusRest = elements.getTypeElement(ClassPathFacts.QUARKUS_REST) != null;
  }

  /**
   * @param types the round's types, sorted, and those read again from an earlier round
   * @param annotated the round's elements that carry a policy annotation
   */
  public Outcome run(List<TypeElement> types, List<Element> annotated, boolean lastRound) {
    RoundModel model = reader.read(types, annotated, lastRound);
    List<Finding> findings = new ArrayList<>(model.findings());
    conflicts.collectApplications(types);
    findings.addAll(quarkus.check(types, quarkusRest, "GeneratedCorsFilter"));
    findings.addAll(handWritten.check(types));
    findings.addAll(values.check(model.endpoints()));
    findings.addAll(sources.check(model.endpoints()));
    findings.addAll(conflicts.check(model.endpoints()));
    PolymorphicLocatorCheck.Result subclasses = polymorphic.check(model.locatorTargets(), types, model.merger());
    findings.addAll(subclasses.findings());
    Set<Element> mapped = new HashSet<>(model.mapped());
    mapped.addAll(subclasses.mapped());
    for (UnmappedLocator locator : model.unmappedLocators()) {
      mapped.addAll(locator.policySites());
      if (model.merger().merge(locator.policySites()).isPresent()) {
        findings.add(Finding.at(Rule.UNMAPPED_POLICY, locator.locator(), locator.reason()));
      }
    }
    findings.addAll(placement.check(model.placed(), mapped, model.merger().optOutsInEffect(), subclasses.reported(),
        model.merger()));
    return new Outcome(model.endpoints(), model.deferred(), findings);
  }
}
