/** The newsroom's audit log: who published, scheduled, changed a role or a setting, and when. */
@ApplicationModule(allowedDependencies = {"shared", "web"})
@NullMarked
package news.bulletin.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
