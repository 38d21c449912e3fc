package io.prism.audit.proof;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The proof primitives depend on the JDK alone: no framework, no database, no third-party cryptography. */
@AnalyzeClasses(packages = "io.prism.audit.proof", importOptions = ImportOption.DoNotIncludeTests.class)
class ProofPackageArchitectureTest {

    @ArchTest
    static final ArchRule proofsArePureJava = classes().that().resideInAPackage("io.prism.audit.proof..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.prism.audit.proof..");
}
