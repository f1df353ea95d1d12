/** Images and other uploads: where their bytes are stored, what is known about them, and serving them. */
@ApplicationModule(allowedDependencies = {"shared", "web", "account"})
@NullMarked
package news.bulletin.media;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
