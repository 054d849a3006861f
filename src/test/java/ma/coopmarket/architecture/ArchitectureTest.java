package ma.coopmarket.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * The package rules of the code base (README, "Where things live"), checked on the compiled main
 * classes: features are top-level packages; {@code shared} holds what every feature may use and
 * depends on none; {@code security} decides who may do what and depends only on {@code shared}
 * (what it needs from accounts it asks through {@code security.ManagedCooperatives}, and partners
 * authenticate their own API keys); no two packages depend on each other; a feature reaches another
 * through its services, views and events, not its resources or (but for the pairs listed below) its
 * entities.
 */
class ArchitectureTest {

    private static final String ROOT = "ma.coopmarket";

    /**
     * Entities that another feature still reaches directly, each through a JPA relation or a service
     * working on another feature's rows. Known debt: a pair that is no longer used must leave this list
     * (the test says so), and no pair may join it.
     */
    private static final Set<String> ENTITY_DEBT = new TreeSet<>(Set.of(
            "product -> cooperative.Cooperative", // Product.cooperative (@ManyToOne), its views and services
            "photo -> product.Product", // a photo is stored under its product's lock
            "photo -> product.ProductPhoto")); // the photo rows belong to the product's aggregate

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);

    @Test
    void noTwoFeaturesDependOnEachOther() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void noTwoSharedPackagesDependOnEachOther() {
        slices().matching(ROOT + ".shared.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void sharedDependsOnNoFeature() {
        classes().that().resideInAPackage(ROOT + ".shared..")
                .should().onlyDependOnClassesThat(resideInAPackage(ROOT + ".shared..")
                        .or(resideOutsideOfPackage(ROOT + "..")))
                .check(MAIN);
    }

    @Test
    void securityDependsOnlyOnShared() {
        classes().that().resideInAPackage(ROOT + ".security..")
                .should().onlyDependOnClassesThat(resideInAnyPackage(ROOT + ".security..", ROOT + ".shared..")
                        .or(resideOutsideOfPackage(ROOT + "..")))
                .check(MAIN);
    }

    @Test
    void noFeatureUsesAnotherFeaturesResources() {
        List<String> crossing = new ArrayList<>();
        for (JavaClass resource : MAIN.that(annotatedWith(Path.class))) {
            for (Dependency use : resource.getDirectDependenciesToSelf()) {
                if (!feature(use.getOriginClass()).equals(feature(resource))) {
                    crossing.add(use.getDescription());
                }
            }
        }
        assertEquals(List.of(), crossing, "a resource is its feature's own entry point");
    }

    @Test
    void noFeatureUsesAnotherFeaturesEntitiesBeyondTheListedDebt() {
        List<String> crossing = new ArrayList<>();
        Set<String> debtInUse = new TreeSet<>();
        for (JavaClass entity : MAIN.that(annotatedWith(Entity.class))) {
            for (Dependency use : entity.getDirectDependenciesToSelf()) {
                String from = feature(use.getOriginClass());
                if (from.equals(feature(entity))) {
                    continue;
                }
                String pair = from + " -> " + feature(entity) + "." + entity.getSimpleName();
                if (ENTITY_DEBT.contains(pair)) {
                    debtInUse.add(pair);
                } else {
                    crossing.add(use.getDescription());
                }
            }
        }
        assertEquals(List.of(), crossing, "reach another feature's data through its service or a view");
        assertEquals(ENTITY_DEBT, debtInUse, "a listed pair is no longer used: take it off ENTITY_DEBT");
    }

    /** The top-level package under ma.coopmarket: the feature (or "shared"). */
    private static String feature(JavaClass type) {
        String rest = type.getPackageName().substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
