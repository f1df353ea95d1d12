/** What carries the stories elsewhere: RSS, Atom and JSON Feed, sitemaps and robots.txt. */
@ApplicationModule(allowedDependencies = {"shared", "web", "account", "media", "article"})
@NullMarked
package news.bulletin.feed;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
