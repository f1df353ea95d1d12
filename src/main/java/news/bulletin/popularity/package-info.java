/** Views counted in memory and stored by the hour, and the Most Popular stories they make. */
@ApplicationModule(allowedDependencies = {"shared", "web", "account", "article"})
@NullMarked
package news.bulletin.popularity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
