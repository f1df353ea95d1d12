/** The newsroom's own screens that span modules: the dashboard staff start from, author profiles, site settings. */
@ApplicationModule(allowedDependencies = {"shared", "web", "audit", "account", "media", "article", "comment"})
@NullMarked
package news.bulletin.newsroom;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
