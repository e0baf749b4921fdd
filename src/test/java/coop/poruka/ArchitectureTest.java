package coop.poruka;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.jooq.DSLContext;

/** The layering of docs/architecture in rules that fail the build with a sentence. */
@AnalyzeClasses(packages = "coop.poruka", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFrameworkFree = noClasses().that().resideInAPackage("coop.poruka.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..", "org.h2..",
                    "org.flywaydb..", "org.apache.pdfbox..", "picocli..", "org.apache.commons.csv..",
                    "coop.poruka.app..", "coop.poruka.store..", "coop.poruka.cli..", "coop.poruka.ui..",
                    "coop.poruka.report..", "coop.poruka.sync..", "coop.poruka.identity..", "org.bouncycastle..")
            .because("the domain is plain Java records and rules that every adapter shares");

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses().that().resideOutsideOfPackage("coop.poruka.ui..")
            .and().doNotHaveFullyQualifiedName("coop.poruka.Launcher")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("JavaFX belongs to the ui package alone");

    @ArchTest
    static final ArchRule onlyStoreUsesJooqAndSql = noClasses().that().resideOutsideOfPackage("coop.poruka.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.h2..", "org.flywaydb..")
            .because("SQL lives in the store adapter and the migrations only");

    @ArchTest
    static final ArchRule onlyReportUsesPdfBox = noClasses().that().resideOutsideOfPackage("coop.poruka.report..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..")
            .because("PDF documents are made in the report adapter");

    @ArchTest
    static final ArchRule adaptersAreIndependent = slices().matching("coop.poruka.(store|report|sync|identity|cli|ui)..")
            .should().notDependOnEachOther()
            .because("adapters meet only through the domain ports and the composition root");

    @ArchTest
    static final ArchRule adaptersDoNotUseUseCases = noClasses().that()
            .resideInAnyPackage("coop.poruka.store..", "coop.poruka.report..", "coop.poruka.sync..", "coop.poruka.identity..")
            .should().dependOnClassesThat().resideInAPackage("coop.poruka.app..")
            .because("store, report and sync implement domain ports and depend only on the domain");

    @ArchTest
    static final ArchRule appDoesNotSeeAdapters = noClasses().that().resideInAPackage("coop.poruka.app..")
            .should().dependOnClassesThat().resideInAnyPackage("coop.poruka.store..", "coop.poruka.report..",
                    "coop.poruka.sync..", "coop.poruka.identity..", "coop.poruka.cli..", "coop.poruka.ui..")
            .because("use cases reach storage only through the domain ports");

    @ArchTest
    static final ArchRule onlyAdaptersUseBouncyCastle = noClasses().that()
            .resideOutsideOfPackages("coop.poruka.identity..", "coop.poruka.report..", "coop.poruka.sync..")
            .should().dependOnClassesThat().resideInAnyPackage("org.bouncycastle..")
            .because("keys, certificates and signatures are made in the identity, report and sync adapters");

    @ArchTest
    static final ArchRule viewsOnlyTalkToViewModels = noClasses().that().haveSimpleNameEndingWith("View")
            .and().resideInAPackage("coop.poruka.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("coop.poruka.app..")
            .because("a View talks only to its ViewModel")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule nothingDeletesRows = noClasses().should().callMethodWhere(
            DescribedPredicate.describe("a jOOQ delete", (JavaMethodCall call) ->
                    call.getTargetOwner().isAssignableTo(DSLContext.class) && call.getName().startsWith("delete")))
            .because("entries are never deleted, only reversed");

    @ArchTest
    static final ArchRule noCycles = slices().matching("coop.poruka.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noFloatingPointMoney = fields().that().areDeclaredInClassesThat()
            .resideInAnyPackage("coop.poruka.domain..", "coop.poruka.app..", "coop.poruka.store..")
            .should().notHaveRawType(double.class).andShould().notHaveRawType(float.class)
            .andShould().notHaveRawType(Double.class).andShould().notHaveRawType(Float.class)
            .because("money is whole minor units in a long, never floating point");
}
