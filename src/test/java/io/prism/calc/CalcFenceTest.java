package io.prism.calc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The calc engine's own fences: its internal helpers stay inside it, and it depends only on the JDK. */
@AnalyzeClasses(packages = "io.prism", importOptions = ImportOption.DoNotIncludeTests.class)
class CalcFenceTest {

    @ArchTest
    static final ArchRule internalHelpersStayInsideCalc = noClasses().that().resideOutsideOfPackage("io.prism.calc..")
            .should().dependOnClassesThat().resideInAPackage("io.prism.calc.internal..");

    @ArchTest
    static final ArchRule calcDependsOnlyOnTheJdkAndItself = classes().that().resideInAPackage("io.prism.calc..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.prism.calc..", "java..");
}
