package vn.dost.registry.audit;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.ReactiveMongoOperations;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The audit trail has no code path that changes or removes an entry: its package only
 * inserts and reads, and only the backup besides it touches the stored entries.
 */
class AuditArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.dost.registry");

	/** A call of the database template that changes or removes stored documents. */
	private static final DescribedPredicate<JavaCall<?>> CHANGES_DOCUMENTS = JavaCall.Predicates
		.target(HasOwner.Predicates.With
			.<JavaClass>owner(JavaClass.Predicates.assignableTo(ReactiveMongoOperations.class)))
		.and(JavaCall.Predicates.target(HasName.Predicates
			.nameMatching("(update|upsert|remove|findAndModify|findAndReplace|findAllAndRemove|save|replace|bulkOps|"
					+ "dropCollection).*")))
		.as("a database call that changes or removes documents");

	@Test
	void theAuditTrailNeverChangesOrRemovesAnEntry() {
		noClasses().that()
			.resideInAPackage("vn.dost.registry.audit..")
			.should()
			.callMethodWhere(CHANGES_DOCUMENTS)
			.check(CLASSES);
	}

	/** The rule above can fail: the import record is updated this way. */
	@Test
	void theRuleRecognisesAChangingCall() {
		classes().that().haveSimpleName("Imports").should().callMethodWhere(CHANGES_DOCUMENTS).check(CLASSES);
	}

	/**
	 * Besides the trail and the backup, only the workspace's audit page reads the entries
	 * (as {@code AuditLog.find} hands them over), and it reaches no database at all.
	 */
	@Test
	void onlyTheAuditTrailTheBackupAndTheAuditPageReachTheStoredEntries() {
		noClasses().that()
			.resideOutsideOfPackage("vn.dost.registry.audit..")
			.and()
			.resideOutsideOfPackage("vn.dost.registry.workspace.audit..")
			.and()
			.doNotHaveSimpleName("FullBackup")
			.should()
			.dependOnClassesThat()
			.haveSimpleName("AuditEntry")
			.check(CLASSES);
	}

	@Test
	void theAuditPageOnlyReadsThroughTheAuditTrail() {
		noClasses().that()
			.resideInAPackage("vn.dost.registry.workspace.audit..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(ReactiveMongoOperations.class)
			.check(CLASSES);
	}

}
