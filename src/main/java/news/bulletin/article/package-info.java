/** Articles and what they are filed under: sections, tags, bylines, slugs, and the pages that show them. */
@ApplicationModule(allowedDependencies = {"shared", "platform", "web", "account", "media", "audit"})
@NullMarked
package news.bulletin.article;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
