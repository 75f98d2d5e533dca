package io.terrain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import io.terrain.platform.security.RequiresRole;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The module rules of DESIGN.md, executable. The last tests prove the rules can fail: they check
 * fixture classes (in test sources) that break them on purpose.
 */
class ArchitectureTest {

    /** Each module and the modules whose {@code api} it may use (platform is open to all). */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "network", Set.of(),
            "indicators", Set.of("network"),
            "diagnostics", Set.of("network", "indicators"),
            "pilots", Set.of("network", "indicators", "diagnostics"),
            "coaches", Set.of("network"),
            "waves", Set.of("network", "indicators", "pilots", "coaches"),
            "dashboards", Set.of("network", "indicators", "diagnostics", "pilots", "coaches", "waves"));

    static final ArchRule MODULES_TALK_THROUGH_ALLOWED_APIS = classes().that().resideInAPackage("io.terrain..")
            .should(new ArchCondition<JavaClass>("depend on other modules only through the api of an allowed module") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String from = moduleOf(origin.getPackageName());
                    origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                        JavaClass target = dependency.getTargetClass();
                        String to = moduleOf(target.getPackageName());
                        if (to == null || to.equals(from) || "platform".equals(to)) {
                            return;
                        }
                        boolean allowed = from != null && !"platform".equals(from)
                                && ALLOWED.getOrDefault(from, Set.of()).contains(to)
                                && target.getPackageName().startsWith("io.terrain." + to + ".api");
                        if (!allowed) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    });
                }
            });

    static final ArchRule NO_MODULE_CYCLES = SlicesRuleDefinition.slices().matching("io.terrain.(*)..")
            .should().beFreeOfCycles();

    static final ArchRule ENTITY_MANAGER_ONLY_IN_CONTROL = noClasses().that().resideOutsideOfPackage("..control..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .because("DESIGN.md §3: the store in control is the only holder of an EntityManager");

    static final ArchRule TRANSACTIONS_START_IN_BOUNDARY = noClasses().that().resideOutsideOfPackage("..boundary..")
            .should().beAnnotatedWith("jakarta.transaction.Transactional")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional")
            .because("DESIGN.md §3: transactions start in boundary");

    static final ArchRule WEB_USES_BOUNDARY_NOT_CONTROL = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("..control..")
            .because("DESIGN.md §3: web calls the module's boundary, never control");

    static final ArchRule API_HAS_NO_JPA_OR_FACES = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.faces..", "org.primefaces..");

    static final ArchRule ENTITIES_LIVE_IN_ENTITY = classes().that().areAnnotatedWith("jakarta.persistence.Entity")
            .should().resideInAPackage("..entity..");

    static final ArchRule FACADES_DENY_BY_DEFAULT = classes().that().resideInAPackage("..boundary..")
            .and().haveSimpleNameEndingWith("Facade")
            .should().beAnnotatedWith(RequiresRole.class)
            .because("every facade names the roles it serves; a facade without them would be open to anyone signed in");

    static final ArchRule NAMES_SAY_WHAT_THINGS_ARE = noClasses().that().resideInAPackage("io.terrain..")
            .should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Helper").orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameStartingWith("Default");

    static final List<ArchRule> ALL = List.of(MODULES_TALK_THROUGH_ALLOWED_APIS, NO_MODULE_CYCLES,
            ENTITY_MANAGER_ONLY_IN_CONTROL, TRANSACTIONS_START_IN_BOUNDARY, WEB_USES_BOUNDARY_NOT_CONTROL,
            API_HAS_NO_JPA_OR_FACES, ENTITIES_LIVE_IN_ENTITY, FACADES_DENY_BY_DEFAULT, NAMES_SAY_WHAT_THINGS_ARE);

    static String moduleOf(String packageName) {
        if (!packageName.startsWith("io.terrain.")) {
            return null;
        }
        String rest = packageName.substring("io.terrain.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.terrain");

    @Test
    void productionCodeFollowsEveryRule() {
        ALL.forEach(rule -> rule.check(PRODUCTION));
    }

    /** The fixtures: test classes that break the rules on purpose (see their javadoc). */
    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .importClasses(io.terrain.diagnostics.web.ReachesIntoNetworkControl.class,
                    io.terrain.network.control.SiteStore.class,
                    io.terrain.diagnostics.web.StartsItsOwnTransaction.class,
                    io.terrain.diagnostics.web.HoldsAnEntityManager.class,
                    io.terrain.diagnostics.api.CarriesAFacesType.class,
                    io.terrain.diagnostics.control.EntityOutsideEntity.class,
                    io.terrain.diagnostics.boundary.OpenFacade.class,
                    io.terrain.diagnostics.control.ReportHelper.class,
                    io.terrain.cyclea.UsesB.class, io.terrain.cycleb.UsesA.class);

    @Test
    void aModuleReachingIntoAnotherModulesControlIsCaught() {
        assertThrows(AssertionError.class, () -> MODULES_TALK_THROUGH_ALLOWED_APIS.check(FIXTURES));
    }

    @Test
    void webReachingIntoControlIsCaught() {
        assertThrows(AssertionError.class, () -> WEB_USES_BOUNDARY_NOT_CONTROL.check(FIXTURES));
    }

    @Test
    void aTransactionOutsideBoundaryIsCaught() {
        assertThrows(AssertionError.class, () -> TRANSACTIONS_START_IN_BOUNDARY.check(FIXTURES));
    }

    @Test
    void anEntityManagerOutsideControlIsCaught() {
        assertThrows(AssertionError.class, () -> ENTITY_MANAGER_ONLY_IN_CONTROL.check(FIXTURES));
    }

    @Test
    void anApiTypeCarryingFacesIsCaught() {
        assertThrows(AssertionError.class, () -> API_HAS_NO_JPA_OR_FACES.check(FIXTURES));
    }

    @Test
    void anEntityOutsideTheEntityPackageIsCaught() {
        assertThrows(AssertionError.class, () -> ENTITIES_LIVE_IN_ENTITY.check(FIXTURES));
    }

    @Test
    void aFacadeWithoutRolesIsCaught() {
        assertThrows(AssertionError.class, () -> FACADES_DENY_BY_DEFAULT.check(FIXTURES));
    }

    @Test
    void aNameThatSaysNothingIsCaught() {
        assertThrows(AssertionError.class, () -> NAMES_SAY_WHAT_THINGS_ARE.check(FIXTURES));
    }

    @Test
    void aCycleBetweenModulesIsCaught() {
        assertThrows(AssertionError.class, () -> NO_MODULE_CYCLES.check(FIXTURES));
    }

    /** Each rule passes on the production code alone, so each failure above comes from its fixture. */
    @Test
    void everyRuleHasAFixtureThatBreaksIt() {
        for (ArchRule rule : ALL) {
            assertThrows(AssertionError.class, () -> rule.check(FIXTURES), rule.getDescription());
        }
    }

    @Test
    void moduleNamesAreReadFromPackages() {
        org.junit.jupiter.api.Assertions.assertEquals("network", moduleOf("io.terrain.network.api"));
        org.junit.jupiter.api.Assertions.assertNull(moduleOf("org.primefaces.model"));
    }

}
