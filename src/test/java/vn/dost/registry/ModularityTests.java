package vn.dost.registry;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features only use each other's public API: no reaching into another feature's
 * insides, no cycles.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(RegistryApplication.class);

	@Test
	void verifiesModularStructure() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
