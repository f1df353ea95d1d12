/** The home page: the lead story, the next most important ones, a block per section and the latest. */
@ApplicationModule(allowedDependencies = {"shared", "web", "article", "popularity"})
@NullMarked
package news.bulletin.frontpage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
