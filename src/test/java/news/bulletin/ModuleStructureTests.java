package news.bulletin;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module edges declared in each {@code package-info.java} are the only ones the code uses. */
class ModuleStructureTests {
    @Test
    void modulesOnlyUseTheirDeclaredDependencies() {
        ApplicationModules.of(BulletinApplication.class).verify();
    }
}
