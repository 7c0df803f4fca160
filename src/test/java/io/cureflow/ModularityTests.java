package io.cureflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;

class ModularityTests {

    private static final String OUTPUT = "docs/modules";

    private final ApplicationModules modules = ApplicationModules.of(CureFlowApplication.class);

    @Test
    void keepsModulesToTheirPublicApisWithoutCycles() {
        modules.verify();
    }

    /** The module pictures in docs/modules are generated here and committed, never drawn by hand. */
    @Test
    void writesTheModuleDocumentation() {
        DiagramOptions everyModule = DiagramOptions.defaults()
                .withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE);

        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OUTPUT))
                .writeModulesAsPlantUml(everyModule)
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();

        assertThat(Path.of(OUTPUT, "components.puml")).content().contains("Identity", "Account");
        modules.forEach(module ->
                assertThat(Path.of(OUTPUT, "module-" + module.getIdentifier() + ".puml")).exists());
    }
}
