package dev.crosscheck.it;

import dev.crosscheck.it.dispatch.DatedResource;
import dev.crosscheck.it.dispatch.EncodedLiteralResource;
import dev.crosscheck.it.dispatch.FirstRootResource;
import dev.crosscheck.it.dispatch.MethodBesideLocatorResource;
import dev.crosscheck.it.dispatch.PolymorphicLocatorResource;
import dev.crosscheck.it.dispatch.SecondRootResource;
import dev.crosscheck.it.dispatch.TieResource;
import dev.crosscheck.it.deployment.ClaimedResource;
import dev.crosscheck.it.deployment.HiddenCatchAllResource;
import dev.crosscheck.it.deployment.LocatorResource;
import dev.crosscheck.it.deployment.TwinResource;
import dev.crosscheck.it.extra.ExtraResource;
import dev.crosscheck.it.source.PartnersResource;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The application under test. It registers no filter: Crosscheck deploys itself. Its resources
 * come from two jars compiled separately ({@link ExtraResource} from crosscheck-it-extra), each
 * with its own generated filter and feature. It leaves out {@code HiddenOpenResource} and
 * {@code OtherTwinResource}, which other applications (or none) deploy, and deploys
 * {@code ClaimedElsewhereResource} only as a sub-resource.
 */
public class ItApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        PublicResource.class,
        NotesResource.class,
        ItemsResource.class,
        FilesResource.class,
        ConfiguredResource.class,
        IntranetResource.class,
        PlainResource.class,
        RuntimeResource.class,
        ExtraResource.class,
        EncodedLiteralResource.class,
        TieResource.class,
        MethodBesideLocatorResource.class,
        FirstRootResource.class,
        SecondRootResource.class,
        PolymorphicLocatorResource.class,
        DatedResource.class,
        HiddenCatchAllResource.class,
        TwinResource.class,
        ClaimedResource.class,
        FormsResource.class,
        LocatorResource.class,
        PartnersResource.class);
  }
}
