/** The newsroom's own screens that span modules: the dashboard staff start from. */
@ApplicationModule(allowedDependencies = {"shared", "web", "account", "article", "comment"})
@NullMarked
package news.bulletin.newsroom;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
