package io.prism.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of the code base: graph → service → data/calc, with calc pure and generated types fenced. */
@AnalyzeClasses(packages = "io.prism", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule calcIsPureJava = noClasses().that().resideInAPackage("io.prism.calc..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jooq..",
                    "jakarta.servlet..", "com.netflix..", "graphql..", "io.prism.generated..", "io.prism.data..",
                    "io.prism.service..", "io.prism.graph..", "io.prism.web..", "java.sql..");

    @ArchTest
    static final ArchRule generatedGraphQlTypesStayInTheGraphLayer = noClasses()
            .that().resideOutsideOfPackages("io.prism.graph..", "io.prism.generated..")
            .should().dependOnClassesThat().resideInAPackage("io.prism.generated.graphql..");

    @ArchTest
    static final ArchRule generatedJooqClassesStayInTheDataLayer = noClasses()
            .that().resideOutsideOfPackages("io.prism.data..", "io.prism.generated..")
            .should().dependOnClassesThat().resideInAPackage("io.prism.generated.jooq..");

    @ArchTest
    static final ArchRule servicesDoNotKnowTheGraph = noClasses().that().resideInAnyPackage("io.prism.service..",
            "io.prism.data..").should().dependOnClassesThat().resideInAnyPackage("io.prism.graph..", "graphql..",
            "com.netflix..");

    @ArchTest
    static final ArchRule dataDoesNotCallServices = noClasses().that().resideInAPackage("io.prism.data..")
            .should().dependOnClassesThat().resideInAPackage("io.prism.service..");
}
